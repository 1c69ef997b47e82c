// `--front-cache`: the same build behind the shipped nginx config (deploy/nginx/newsroom.conf) on loopback, measured in
// one run: a widely shared article through the micro-cache, the same article from Next directly, and nginx serving a
// static file of the same size (the best nginx can do here). Also: how soon a publish shows through the cache.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { startLocalNginx } from "../deploy/nginx/local-nginx.mjs";
import { BROWSER_HEADERS, measure, timedGet } from "./load.mjs";
import { publishThroughJobs } from "./publish.mjs";

// The shipped config keeps pages for this long (proxy_cache_valid ... 5s).
export const FRONT_CACHE_TTL_SECONDS = 5;

export async function frontCache({ appOrigin, appPort, article, dbFile, authSecret, connections, duration, warmup, httpsPort = 3280, httpPort = 3281, staticPort = 3282 }) {
  // The micro-cache serves https with a self-signed certificate on loopback only.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
  const html = (await timedGet(appOrigin + article, BROWSER_HEADERS)).text;
  // The article's own HTML as a file, served by a plain nginx server with the same TLS and gzip settings.
  const staticRoot = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-bench-static-"));
  fs.writeFileSync(path.join(staticRoot, "article.html"), html);
  fs.writeFileSync(path.join(staticRoot, "article.html.gz"), gzipSync(html, { level: 9 }));
  const nginx = startLocalNginx({ httpsPort, httpPort, upstream: `127.0.0.1:${appPort}`, stdio: "ignore", staticSite: { port: staticPort, root: staticRoot } });
  const front = `https://127.0.0.1:${httpsPort}`;
  const staticOrigin = `https://127.0.0.1:${staticPort}`;
  try {
    await waitFor(`${front}/`);
    await waitFor(`${staticOrigin}/article.html`);
    const first = await fetch(front + article, { headers: BROWSER_HEADERS });
    await first.arrayBuffer();
    const opts = { connections, duration, warmup };
    const rows = {
      "static file via nginx": await measure({ ...opts, origin: staticOrigin, paths: ["/article.html"] }),
      "article via nginx (micro-cache)": await measure({ ...opts, origin: front, paths: [article] }),
      "article from Next directly": await measure({ ...opts, origin: appOrigin, paths: [article] }),
    };
    const cacheStatus = (await fetch(front + article, { headers: BROWSER_HEADERS })).headers.get("x-cache-status");
    const staticRps = rows["static file via nginx"].rps;
    for (const row of Object.values(rows)) row.xStatic = Math.round((row.rps / staticRps) * 100) / 100;
    const publish = await publishVisibleThrough({ front, appOrigin, dbFile, authSecret });
    return { bytes: Buffer.byteLength(html), cacheStatusAfterLoad: cacheStatus, rows, publish, ttlSeconds: FRONT_CACHE_TTL_SECONDS };
  } finally {
    await nginx.stop();
    fs.rmSync(staticRoot, { recursive: true, force: true });
  }
}

async function waitFor(url) {
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // nginx not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer ${url}`);
}

/** Publishes a post through the app's own path while the list is cached in nginx, then polls through nginx. */
async function publishVisibleThrough({ front, appOrigin, dbFile, authSecret }) {
  const list = "/onderwijs";
  await timedGet(front + list);
  await timedGet(front + list); // now a HIT
  const { title, publishedAt } = await publishThroughJobs({ origin: appOrigin, dbFile, authSecret });
  for (;;) {
    const r = await timedGet(front + list);
    const seconds = (Date.now() - publishedAt) / 1000;
    if (r.text.includes(title)) return { visibleAfterSeconds: Math.round(seconds * 10) / 10, cache: r.cache };
    if (seconds > 30) return { visibleAfterSeconds: null };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
