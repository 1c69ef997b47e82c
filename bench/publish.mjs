// The cost of an uncached render, and proof that a publish shows on the very next request while everything else
// keeps coming from the cache.
import { createHmac } from "node:crypto";
import Database from "better-sqlite3";
import { percentile, timedGet, BROWSER_HEADERS } from "./load.mjs";

/** First requests, one at a time, to pages nobody asked for yet: each is a full render (x-nextjs-cache MISS). */
export async function uncachedRenders(origin, paths) {
  const runs = [];
  for (const p of paths) runs.push(await timedGet(origin + p, BROWSER_HEADERS));
  const ms = runs.filter((r) => r.status === 200).map((r) => r.ms);
  return {
    count: runs.length,
    p50: round(percentile(ms, 50)),
    p90: round(percentile(ms, 90)),
    max: round(Math.max(...ms)),
    cacheHeaders: tally(runs.map((r) => r.cache ?? "none")),
    meanBytes: Math.round(runs.reduce((n, r) => n + r.bytes, 0) / runs.length),
  };
}

const round = (v) => (v === null ? null : Math.round(v * 10) / 10);
const tally = (list) => list.reduce((o, k) => ({ ...o, [k]: (o[k] ?? 0) + 1 }), {});

/**
 * Publishes a post the way the scheduler does: the row is due (status scheduled, time passed) and the internal
 * jobs route publishes it and refreshes the public pages. We call that route ourselves with the test token the
 * server derives from AUTH_SECRET when NEWSROOM_TEST_HOOKS=1 (lib/jobs/internal-token.ts), so the app's own publish
 * path runs. Returns the post's title and slug and when the route had finished.
 */
export async function publishThroughJobs({ origin, dbFile, authSecret, section = "onderwijs" }) {
  const now = Date.now();
  const title = `Benchmarkpublicatie ${now}`;
  const slug = `benchmarkpublicatie-${now}`;
  const sqlite = new Database(dbFile);
  sqlite.pragma("busy_timeout = 5000");
  const sectionRow = sqlite.prepare("SELECT id FROM sections WHERE slug = ?").get(section);
  const person = sqlite.prepare("SELECT id FROM people ORDER BY id LIMIT 1").get();
  sqlite.prepare(`INSERT INTO posts (slug, section_id, kind, status, language, title, lead, body, contact_person_id,
    published_at, scheduled_at, created_at, updated_at) VALUES (?, ?, 'news', 'scheduled', 'nl', ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(slug, sectionRow.id, title, "Gepubliceerd door de benchmark.", JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Tekst." }] }] }),
      person.id, now - 1000, now - 1000, now, now);
  sqlite.close();

  const token = createHmac("sha256", authSecret).update("newsroom:test-jobs").digest("base64url");
  const jobs = await fetch(`${origin}/api/intern/taken`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
  const jobResult = jobs.ok ? await jobs.json() : { status: jobs.status };
  return { title, slug, jobResult, publishedAt: Date.now() };
}

export async function publishCheck({ origin, dbFile, authSecret, cachedArticle }) {
  const list = "/onderwijs";
  const before = [await timedGet(origin + list), await timedGet(origin + list)];
  const oldBefore = await timedGet(origin + cachedArticle);
  const { title, slug, jobResult } = await publishThroughJobs({ origin, dbFile, authSecret });

  const after = await timedGet(origin + list);
  const again = await timedGet(origin + list);
  const article = await timedGet(`${origin}/onderwijs/${slug}`);
  const articleAgain = await timedGet(`${origin}/onderwijs/${slug}`);
  const oldAfter = await timedGet(origin + cachedArticle);
  const oldAgain = await timedGet(origin + cachedArticle);
  const view = (r) => ({ status: r.status, cache: r.cache, ms: round(r.ms) });
  return {
    jobResult,
    listBefore: before.map(view),
    listShowedTitleBefore: before[1].text.includes(title),
    listAfter: view(after),
    visibleOnNextRequest: after.text.includes(title),
    listAfterThat: view(again),
    newArticleFirst: { ...view(article), showsTitle: article.text.includes(title) },
    newArticleSecond: view(articleAgain),
    otherArticleBefore: view(oldBefore),
    otherArticleAfterPublish: view(oldAfter),
    otherArticleAfterThat: view(oldAgain),
  };
}
