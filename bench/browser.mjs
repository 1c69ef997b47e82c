// What a browser downloads, measured in Debian's Chromium by Lighthouse 12.2.3: per page type the transfer size
// of the HTML document and of all JavaScript, and the Lighthouse scores of the article page. Never downloads a browser.
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
    totalBytes: sum(() => true),
  };
}

/**
 * `pages` maps a page type to a URL (or null when the route is n/a). The article page gets the full Lighthouse
 * audit (mobile, simulated throttling, the defaults); the others only the network record, which is quick.
 */
export async function measureBrowser({ pages, articleKey = "article" }) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: "silent" });
  const results = {};
  try {
    for (const [type, url] of Object.entries(pages)) {
      if (!url) { results[type] = null; continue; }
      const full = type === articleKey;
      const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error",
        ...(full ? {} : { onlyAudits: ["network-requests"] }) });
      results[type] = { url, ...transfer(lhr) };
      if (full) {
        results[type].scores = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
        const failed = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary");
        results[type].failedAudits = failed.map((a) => a.id);
        // The metrics behind the performance score, to tell a slow page from a busy machine (TBT rises with CPU contention).
        results[type].metrics = Object.fromEntries(["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]
          .map((id) => [id, lhr.audits[id]?.numericValue === undefined ? null : Math.round(lhr.audits[id].numericValue * 1000) / 1000]));
        results[type].lighthouseVersion = lhr.lighthouseVersion;
        results[type].chromium = lhr.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? null;
      }
    }
  } finally {
    // chrome-launcher kills the browser it started, by its process id.
    await chrome.kill();
  }
  return results;
}
