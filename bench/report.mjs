// Turns the results into one table on stdout, a list of targets met or missed, and a JSON file under bench/results/.
import fs from "node:fs";
import path from "node:path";

const kb = (b) => (b === null || b === undefined ? "n/a" : `${(b / 1024).toFixed(1)} KB`);
const num = (v, digits = 1) => (v === null || v === undefined ? "n/a" : Number(v).toFixed(digits));

/** Targets from issue 7; each is met, missed, or n/a when its measurement could not run. */
export function checkTargets(r) {
  // Routes that answered 404 carry { na } and count as not measured.
  const load = Object.fromEntries(Object.entries(r.load ?? {}).filter(([, m]) => m && !m.na));
  const art = load.article, ceil = load.ceiling, list = load.list, search10 = load["search (10 conns)"];
  const br = r.browser ?? {};
  const t = [];
  const add = (name, ok, detail) => t.push({ name, status: ok === null ? "n/a" : ok ? "met" : "MISSED", detail });
  const ceilRps = r.ceilingRps ?? ceil?.rps;
  add("cached article >= 0.95x ceiling req/s", art && ceilRps ? art.rps >= 0.95 * ceilRps : null, art && ceilRps ? `${num(art.rps / ceilRps, 2)}x of the mean ceiling ${num(ceilRps)} req/s` : "");
  add("cached article p99 < 60 ms, no errors", art ? art.p99 < 60 && art.errors === 0 && art.unexpected === 0 : null, art ? `p99 ${art.p99} ms, ${art.errors} errors, ${art.unexpected} unexpected` : "");
  add(`search over ${r.posts} posts p99 < 50 ms at 10 conns`, search10 ? search10.p99 < 50 : null, search10 ? `p99 ${search10.p99} ms` : "route n/a");
  add("list pages no slower than articles by more than 20%", art && list ? list.rps * 1.2 >= art.rps : null, art && list ? `list ${num(list.rps / art.rps, 2)}x article req/s` : "");
  const aj = br.article?.jsBytes, cj = br.ceiling?.jsBytes;
  add("article JS <= framework baseline + 10 KB gzip", aj != null && cj != null ? aj <= cj + 10240 : null, aj != null && cj != null ? `article ${kb(aj)}, ceiling ${kb(cj)}` : "");
  for (const type of ["article", "home"]) {
    const s = br[type]?.scores;
    add(`Lighthouse ${type} (median of ${br[type]?.runs ?? 1}) perf >= 95, a11y/best-practices/SEO 100`, s ? s.performance >= 95 && s.accessibility === 100 && s["best-practices"] === 100 && s.seo === 100 : null,
      s ? `perf ${s.performance}, a11y ${s.accessibility}, bp ${s["best-practices"]}, seo ${s.seo}` : "");
  }
  if (r.curve?.length > 1) {
    const first = r.curve[0], last = r.curve.at(-1);
    // "Flat": the largest archive costs at most 1.5x the smallest. "At most logarithmic": growth no more than the
    // ratio of the logarithms of the archive sizes (log 100,000 / log 1,000 = 1.67), with the same 1.5x allowance for noise.
    const logRatio = Math.log(last.posts) / Math.log(first.posts);
    const growth = (k) => (first[k]?.p50 && last[k]?.p50 ? last[k].p50 / first[k].p50 : null);
    const g = { article: growth("articleUncached"), list: growth("listUncached"), search: growth("search") };
    add("curve flat for articles (uncached render)", g.article === null ? null : g.article <= 1.5, `x${num(g.article, 2)} from ${first.posts} to ${last.posts}`);
    add("curve at most logarithmic for lists/search", g.list === null ? null : g.list <= 1.5 * logRatio && (g.search === null || g.search <= 1.5 * logRatio),
      `list x${num(g.list, 2)}, search x${num(g.search, 2)} (log ratio ${num(logRatio, 2)})`);
  } else {
    add("scaling curve (run with --scale)", null, "not run");
  }
  const fc = r.frontCache;
  if (fc) {
    const viaNginx = fc.rows["article via nginx (micro-cache)"];
    add("front cache article >= 0.7x nginx static file req/s", viaNginx.xStatic >= 0.7, `${num(viaNginx.xStatic, 2)}x (${num(viaNginx.rps)} vs ${num(fc.rows["static file via nginx"].rps)} req/s)`);
    add("front cache article p99 < 20 ms", viaNginx.p99 < 20 && viaNginx.errors === 0, `p99 ${viaNginx.p99} ms at ${viaNginx.connections} conns`);
    const seconds = fc.publish.visibleAfterSeconds;
    add(`publish visible through the front cache within TTL + 1 s (${fc.ttlSeconds + 1} s)`, seconds !== null && seconds <= fc.ttlSeconds + 1, seconds === null ? "not within 30 s" : `${seconds} s`);
  }
  add("peak server RSS < 400 MB", r.peakRssBytes ? r.peakRssBytes < 400 * 2 ** 20 : null, r.peakRssBytes ? `${num(r.peakRssBytes / 2 ** 20, 0)} MB` : "");
  return t;
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) => row.map((c, i) => (i === 0 || i === row.length - 1 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

/** The one table: load tests with their ratio to the ceiling, then renders, publish, browser and memory rows. */
export function formatTable(r) {
  const rows = [["measurement", "conns", "req/s", "x ceiling", "p50 ms", "p99 ms", "errors", "non-2xx", "notes"]];
  const ceiling = r.ceilingRps ?? r.load?.ceiling?.rps;
  for (const [name, m] of Object.entries(r.load ?? {})) {
    if (!m || m.na) { rows.push([name, "", "n/a", "", "", "", "", "", m?.na ?? "route answers 404"]); continue; }
    const note = [m.bytesPerResponse ? `${kb(m.bytesPerResponse)}/resp` : "", m.peakRssBytes ? `RSS ${num(m.peakRssBytes / 2 ** 20, 0)} MB` : "", m.unexpected !== m.non2xx || m.expect ? `${m.unexpected} unexpected (want ${m.expect ?? "2xx"})` : "", m.note ?? ""].filter(Boolean).join("; ");
    rows.push([name, m.connections, num(m.rps), ceiling ? num(m.rps / ceiling, 2) : "", m.p50, m.p99, m.errors, m.non2xx, note]);
  }
  for (const [name, u] of Object.entries(r.uncached ?? {})) {
    rows.push([`uncached render: ${name}`, 1, "", "", num(u.p50), `p90 ${num(u.p90)}`, "", "", `${u.count} first requests, ${JSON.stringify(u.cacheHeaders)}`]);
  }
  const p = r.publish;
  if (p) {
    rows.push(["publish -> next request", 1, "", "", num(p.listAfter?.ms), "", "", "", p.jobResult?.published === 1
      ? `visible on next request: ${p.visibleOnNextRequest ? "yes" : "NO"}; list ${p.listBefore.map((x) => x.cache).join("/")} -> ${p.listAfter.cache} -> ${p.listAfterThat.cache}; new article ${p.newArticleFirst.status} ${p.newArticleFirst.cache} ${num(p.newArticleFirst.ms)} ms -> ${p.newArticleSecond.cache}`
      : `jobs route: ${JSON.stringify(p.jobResult)}`]);
  }
  for (const [type, b] of Object.entries(r.browser ?? {})) {
    rows.push([`browser: ${type}`, "", "", "", "", "", "", "", b ? `HTML ${kb(b.htmlBytes)}, JS ${kb(b.jsBytes)} in ${b.jsFiles} files, CSS ${kb(b.cssBytes)} in ${b.cssFiles} files${b.scores ? `; Lighthouse ${Object.entries(b.scores).map(([k, v]) => `${k} ${v}`).join(", ")}` : ""}` : "n/a"]);
  }
  for (const c of r.curve ?? []) {
    const f = (m) => (m ? `${num(m.p50)}/${num(m.p99 ?? m.p90)}` : "n/a");
    rows.push([`curve ${c.posts} posts`, c.connections, "", "", "", "", "", "", `p50/p99 ms: article cached ${f(c.articleCached)}, uncached ${f(c.articleUncached)}; list cached ${f(c.listCached)}, uncached ${f(c.listUncached)}; search ${f(c.search)}`]);
  }
  const fc = r.frontCache;
  for (const [name, m] of Object.entries(fc?.rows ?? {})) {
    rows.push([`front: ${name}`, m.connections, num(m.rps), `${num(m.xStatic, 2)} static`, m.p50, m.p99, m.errors, m.non2xx, `${kb(m.bytesPerResponse)}/resp`]);
  }
  if (fc) rows.push(["front: publish visible", 1, "", "", "", "", "", "", fc.publish.visibleAfterSeconds === null ? "not within 30 s" : `after ${fc.publish.visibleAfterSeconds} s (TTL ${fc.ttlSeconds} s); cache after load: ${fc.cacheStatusAfterLoad}`]);
  rows.push(["peak server RSS", "", "", "", "", "", "", "", r.peakRssBytes ? `${num(r.peakRssBytes / 2 ** 20, 0)} MB` : "n/a"]);
  return table(rows);
}

export function writeResults(r) {
  const dir = path.resolve("bench/results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  fs.writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  return file;
}
