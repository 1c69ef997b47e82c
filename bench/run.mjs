// `npm run bench`: issue 7. Generates an archive, builds for production, serves on 127.0.0.1 and measures.
// Flags: --posts N (10000)  --duration S (10)  --warmup S (3)  --connections C (50)  --articles K (1000)
//        --port P (3200)  --skip-build  --skip-browser  --scale [--scale-sizes 1000,10000,100000] [--curve-duration S (5)]
//        --front-cache (adds nginx with deploy/nginx/newsroom.conf in front: needs /usr/sbin/nginx)  --only-front-cache
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { measureBrowser } from "./browser.mjs";
import { scalingCurve } from "./curve.mjs";
import { generate, sampleArticles, SEARCH_TERMS } from "./generate.mjs";
import { available, measure, questionForm, timedGet, warm } from "./load.mjs";
import { frontCache } from "./front-cache.mjs";
import { publishCheck, uncachedRenders } from "./publish.mjs";
import { checkTargets, formatTable, writeResults } from "./report.mjs";
import { startServer } from "./server.mjs";

const { values: args } = parseArgs({
  options: {
    posts: { type: "string", default: "10000" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "50" },
    articles: { type: "string", default: "1000" },
    port: { type: "string", default: "3200" },
    "skip-build": { type: "boolean", default: false },
    "skip-browser": { type: "boolean", default: false },
    scale: { type: "boolean", default: false },
    "scale-sizes": { type: "string", default: "1000,10000,100000" },
    "curve-duration": { type: "string", default: "5" },
    "front-cache": { type: "boolean", default: false },
    // Only the front-cache rows (with the generation, build and server start they need): a quicker run.
    "only-front-cache": { type: "boolean", default: false },
  },
});
const posts = Number(args.posts), duration = Number(args.duration), warmup = Number(args.warmup);
const connections = Number(args.connections), port = Number(args.port);
const log = "bench/results/server.log";
const step = (msg) => console.log(`[bench] ${msg}`);
const started = Date.now();

// A fresh secret per run: the server needs one in production, and publishCheck derives the jobs token from it.
// A build is tied to the secret it was made with (the server refuses another), so --skip-build reuses the last one.
const builtSecret = ".next/bench-auth-secret";
const authSecret = args["skip-build"] && fs.existsSync(builtSecret) ? fs.readFileSync(builtSecret, "utf8").trim() : randomBytes(32).toString("base64url");
const dbFile = "bench/results/bench.db";
const env = {
  ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: authSecret, DATABASE_PATH: dbFile,
  SITE_URL: `http://127.0.0.1:${port}`, PORT: String(port), // PORT: the in-process scheduler calls its own port
  BENCH_CEILING: "1", // builds the ceiling page's variants (app/bench/ceiling); other builds leave them out
  SCHEDULER_INTERVAL_SECONDS: "3600", // the bench publishes through the jobs route itself, at a known moment
  // Lets the bench call the jobs route with a token derived from AUTH_SECRET (lib/jobs/internal-token.ts).
  NEWSROOM_TEST_HOOKS: "1",
};
delete env.SMTP_URL; // thousands of benchmark questions must never reach a real mail server

const result = {
  startedAt: new Date(started).toISOString(), posts, options: args,
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryBytes: os.totalmem(), node: process.version, platform: `${os.platform()} ${os.release()}`, loadAvgAtStart: os.loadavg() },
};

step(`generating ${posts} posts into ${dbFile}`);
result.generate = generate({ file: dbFile, posts });
step(`generated in ${(result.generate.ms / 1000).toFixed(1)} s (${result.generate.questions} questions, ${result.generate.indexed} posts in the search index)`);

if (!args["skip-build"]) {
  step("building for production (npm run build)");
  const t = Date.now();
  execFileSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"], env });
  fs.writeFileSync(builtSecret, authSecret);
  result.buildMs = Date.now() - t;
}

step(`starting the server on 127.0.0.1:${port} (log: ${log})`);
const server = await startServer({ port, env, log });
const origin = server.origin;
try {
  const sample = sampleArticles(dbFile, Number(args.articles) + 25);
  const onlyFront = args["only-front-cache"];
  if (!onlyFront) {
    const [cold, loadSet] = [sample.slice(5, 25), sample.slice(25)];
    // Five throw-away renders first: the first requests to a fresh server also load route modules and warm the JIT,
    // which is start-up cost, not the cost of rendering a page.
    await warm(origin, [...sample.slice(0, 5), "/"], 1);

    step("uncached renders: 20 articles and the section lists, one request at a time");
    result.uncached = { article: await uncachedRenders(origin, cold), list: await uncachedRenders(origin, ["/onderwijs", "/onderzoek", "/innovatie"]) };
    step(`rendering the ${loadSet.length} articles of the load set once`);
    result.warmStatuses = await warm(origin, loadSet);

    // The ceiling: the prerendered variant whose HTML is closest to an article's (size grows linearly with padding).
    const s0 = (await timedGet(`${origin}/bench/ceiling/0`)).bytes, s16 = (await timedGet(`${origin}/bench/ceiling/16`)).bytes;
    const pad = Math.max(0, Math.min(80, Math.round(((result.uncached.article.meanBytes - s0) / (s16 - s0)) * 16)));
    const ceilingPath = `/bench/ceiling/${pad}`;
    result.ceiling = { path: ceilingPath, bytes: (await timedGet(origin + ceilingPath)).bytes, articleMeanBytes: result.uncached.article.meanBytes };

    const searchPaths = SEARCH_TERMS.map((q) => `/zoeken?q=${encodeURIComponent(q)}`);
    const opts = { origin, connections, duration, warmup };
    // Warm the server as a whole (JIT, module loading) so the first measured target is not penalised for going first.
    await measure({ ...opts, paths: [ceilingPath, ...loadSet.slice(0, 50)], duration: Math.max(3, warmup), warmup: 0 });
    const targets = {
      ceiling: { paths: [ceilingPath], note: `${(result.ceiling.bytes / 1024).toFixed(1)} KB HTML vs article ${(result.ceiling.articleMeanBytes / 1024).toFixed(1)} KB` },
      article: { paths: loadSet, note: `random over ${loadSet.length} articles` },
      home: { paths: ["/"] },
      list: { paths: ["/onderwijs", "/onderzoek", "/innovatie"], note: "3 section pages" },
      search: { paths: searchPaths, note: `${SEARCH_TERMS.length} queries` },
      "search (10 conns)": { paths: searchPaths, connections: 10 },
      "rss feed": { paths: ["/feed.xml"] },
      // Measured again at the end: on a shared machine the ceiling drifts, and ratios use the mean of both.
      "ceiling (end)": { paths: [ceilingPath] },
    };
    result.load = {};
    for (const [name, t] of Object.entries(targets)) {
      if (!(await available(origin + t.paths[0]))) { result.load[name] = { na: "route answers 404" }; step(`${name}: n/a (404)`); continue; }
      step(`load: ${name}`);
      server.resetPeak();
      result.load[name] = { ...(await measure({ ...opts, ...t })), note: t.note, peakRssBytes: server.peakRss() };
    }
    // The question form: posted like a browser without JavaScript; success is a 303 redirect.
    const form = (await available(`${origin}/contact`)) ? await questionForm(origin, "/contact") : null;
    result.ceilingRps = (result.load.ceiling.rps + result.load["ceiling (end)"].rps) / 2;
    if (!form) {
      result.load["question form"] = { na: "no /contact form with a message field" };
    } else {
      step(`load: question form (fields: ${form.fieldNames.join(", ")})`);
      server.resetPeak();
      result.load["question form"] = { ...(await measure({ ...opts, paths: ["/contact"], method: "POST", setup: form.setup, expect: 303 })), expect: 303, peakRssBytes: server.peakRss() };
    }

    if (!args["skip-browser"]) {
      step("browser: transfer sizes per page type, Lighthouse on the article");
      const pages = { ceiling: ceilingPath, home: "/", list: "/onderwijs", article: loadSet[0], search: searchPaths[0], contact: "/contact" };
      for (const [k, p] of Object.entries(pages)) pages[k] = (await available(origin + p)) ? origin + p : null;
      result.browser = await measureBrowser({ pages });
    }

    step("publish: visible on the next request?");
    result.publish = await publishCheck({ origin, dbFile, authSecret, cachedArticle: loadSet[1] });
  }
  if (args["front-cache"] || onlyFront) {
    step("front cache: nginx with the shipped config in front of the same server");
    await warm(origin, [sample[0]], 1);
    result.frontCache = await frontCache({ appOrigin: origin, appPort: port, article: sample[0], dbFile, authSecret, connections, duration, warmup });
  }
  result.peakRssBytes = server.overallPeakRss();
} finally {
  await server.stop();
}

if (args.scale) {
  const sizes = args["scale-sizes"].split(",").map(Number);
  step(`scaling curve over ${sizes.join(", ")} posts`);
  result.curve = await scalingCurve({ sizes, port, env, duration: Number(args["curve-duration"]), connections: 10, log });
}

result.machine.loadAvgAtEnd = os.loadavg();
result.totalSeconds = Math.round((Date.now() - started) / 1000);
result.targets = checkTargets(result);
console.log(`\n${formatTable(result)}\n`);
for (const t of result.targets) console.log(`${t.status.padEnd(6)} ${t.name}${t.detail ? ` (${t.detail})` : ""}`);
const m = result.machine;
console.log(`\n${m.cpus} CPUs (${m.cpuModel}), ${(m.memoryBytes / 2 ** 30).toFixed(1)} GB, Node ${m.node}; load average ${m.loadAvgAtStart.map((x) => x.toFixed(1)).join(" ")} at start, ${m.loadAvgAtEnd.map((x) => x.toFixed(1)).join(" ")} at end; ${result.totalSeconds} s in all`);
console.log(`Results: ${writeResults(result)}`);
