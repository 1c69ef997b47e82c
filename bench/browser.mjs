// What a browser downloads, measured in Debian's Chromium by Lighthouse 12.2.3: per page type the transfer size
// of the HTML document, of all JavaScript and of all CSS, and the Lighthouse scores (median of three runs) of the
// article and the home page. Never downloads a browser.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run"];

/** Transfer bytes (as Chromium counted them: gzip body plus headers) of the document and of all scripts. */
function transfer(lhr) {
  const items = lhr.audits["network-requests"]?.details?.items ?? [];
  const sum = (pred) => items.filter(pred).reduce((n, r) => n + (r.transferSize ?? 0), 0);
  return {
    htmlBytes: sum((r) => r.resourceType === "Document"),
    jsBytes: sum((r) => r.resourceType === "Script"),
    jsFiles: items.filter((r) => r.resourceType === "Script").length,
    cssBytes: sum((r) => r.resourceType === "Stylesheet"),
    cssFiles: items.filter((r) => r.resourceType === "Stylesheet").length,
    totalBytes: sum(() => true),
  };
}

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The full audit (mobile, simulated throttling, the defaults) `runs` times; each score and metric is the median. */
async function fullAudit(url, port, runs) {
  const lhrs = [];
  for (let i = 0; i < runs; i++) lhrs.push((await lighthouse(url, { port, output: "json", logLevel: "error" })).lhr);
  const last = lhrs.at(-1);
  return {
    ...transfer(last),
    runs,
    scores: Object.fromEntries(Object.keys(last.categories).map((k) => [k, median(lhrs.map((l) => Math.round((l.categories[k].score ?? 0) * 100)))])),
    allScores: lhrs.map((l) => Object.fromEntries(Object.entries(l.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]))),
    failedAudits: [...new Set(lhrs.flatMap((l) => Object.values(l.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map((a) => a.id)))],
    // The metrics behind the performance score, to tell a slow page from a busy machine (TBT rises with CPU contention).
    metrics: Object.fromEntries(METRICS.map((id) => [id, median(lhrs.map((l) => l.audits[id]?.numericValue ?? 0).map((v) => Math.round(v * 1000) / 1000))])),
    lighthouseVersion: last.lighthouseVersion,
    chromium: last.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? null,
  };
}

/**
 * `pages` maps a page type to a URL (or null when the route is n/a). The types in `audited` get the full Lighthouse
 * audit, three times; the others only the network record, which is quick.
 */
export async function measureBrowser({ pages, audited = ["article", "home"], runs = 3 }) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: "silent" });
  const results = {};
  try {
    for (const [type, url] of Object.entries(pages)) {
      if (!url) { results[type] = null; continue; }
      if (audited.includes(type)) {
        results[type] = { url, ...(await fullAudit(url, chrome.port, runs)) };
        continue;
      }
      const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyAudits: ["network-requests"] });
      results[type] = { url, ...transfer(lhr) };
    }
  } finally {
    // chrome-launcher kills the browser it started, by its process id.
    await chrome.kill();
  }
  return results;
}
