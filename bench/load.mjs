// Load tests with autocannon (keep-alive is its default) and the small HTTP helpers the other steps share.
import autocannon from "autocannon";
import { prng } from "./generate.mjs";

// What Chromium sends; Next.js compresses with gzip, so readers' CPU cost of compression is included.
export const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br, zstd", accept: "text/html,*/*" };

/** One timed GET; `cache` is Next.js's x-nextjs-cache header (HIT, STALE, MISS) when it sends one. */
export async function timedGet(url, headers = {}) {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: "manual" });
  const text = await response.text();
  return { status: response.status, ms: performance.now() - started, bytes: Buffer.byteLength(text), text, cache: response.headers.get("x-nextjs-cache") };
}

export function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Runs autocannon: a warm-up whose figures are discarded, then the measured run. `paths` are picked at random per
 * request (seeded) so a test over many URLs exercises the cache as readers do. `expect` is the status that counts
 * as success (303 for the question form).
 */
export async function measure({ origin, paths, connections, duration, warmup, method = "GET", setup, expect = "2xx" }) {
  const rand = prng(42);
  const options = (seconds) => ({
    url: origin,
    connections,
    duration: seconds,
    headers: BROWSER_HEADERS,
    requests: [{
      method,
      setupRequest: (req) => {
        const next = { ...req, path: paths[Math.floor(rand() * paths.length)] };
        return setup ? setup(next) : next;
      },
    }],
  });
  if (warmup > 0) await autocannon(options(warmup));
  const r = await autocannon(options(duration));
  const codes = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
  const ok = Object.entries(codes).reduce((n, [code, count]) => n + ((expect === "2xx" ? /^2/.test(code) : code === String(expect)) ? count : 0), 0);
  const total = Object.values(codes).reduce((a, b) => a + b, 0);
  return {
    connections,
    duration,
    rps: Math.round(r.requests.average * 10) / 10,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    unexpected: total - ok,
    statusCodes: codes,
    bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : null,
  };
}

/** Null when a route does not exist (yet), so it is reported as n/a instead of failing the whole run. */
export async function available(url) {
  const response = await fetch(url, { redirect: "manual" });
  await response.arrayBuffer();
  return response.status === 404 ? null : response.status;
}

const attr = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)?.[1];
const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/**
 * Reads the question form from `page` and returns an autocannon `setup` that posts it as a browser without
 * JavaScript does: multipart, with the hidden fields Next.js renders for a server action and the visible fields
 * filled in. Each request gets its own e-mail address and X-Forwarded-For, so per-address rate limits do not apply.
 */
export async function questionForm(origin, page) {
  const html = await (await fetch(origin + page)).text();
  const form = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)].map((m) => m[0]).find((f) => /name="message"/.test(f));
  if (!form) return null;
  const fields = [];
  for (const [tag] of form.matchAll(/<(?:input|textarea|select)\b[^>]*>/gi)) {
    const name = attr(tag, "name");
    if (!name || /type="(submit|button|checkbox|radio)"/i.test(tag)) continue;
    fields.push([unescape(name), unescape(attr(tag, "value") ?? "")]);
  }
  const action = unescape(attr(form.slice(0, form.indexOf(">")), "action") ?? "") || page;
  // The form carries a signed "shown at" time and treats a submission within 3 s of it as spam (without JavaScript
  // there is no fill time); wait like a person typing, so that the test measures real questions, not spam.
  await new Promise((resolve) => setTimeout(resolve, 3500));
  let n = 0;
  const setup = (req) => {
    n += 1;
    const values = { name: "Bench Lezer", email: `bench+${n}@example.org`, organisation: "Benchmark", message: `Vraag ${n} van de benchmark: hoe staat het met de financiering van Horizon Europe voor hogescholen?` };
    const boundary = `----bench${n}`;
    const parts = fields.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${values[k] ?? v}\r\n`);
    return {
      ...req,
      path: action.startsWith("http") ? new URL(action).pathname : action,
      method: "POST",
      body: `${parts.join("")}--${boundary}--\r\n`,
      headers: {
        ...req.headers,
        "content-type": `multipart/form-data; boundary=${boundary}`,
        origin, // Next.js refuses server actions whose Origin does not match the host
        "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      },
    };
  };
  return { setup, fieldNames: fields.map(([k]) => k) };
}

/** Renders `paths` once each, a few at a time, so the measured run finds them in the cache. */
export async function warm(origin, paths, concurrency = 4) {
  const queue = [...paths];
  const statuses = {};
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      const r = await fetch(origin + p, { headers: BROWSER_HEADERS });
      await r.arrayBuffer();
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
  }));
  return statuses;
}
