import "server-only";
import { and, eq, inArray, or } from "drizzle-orm";
import { db } from "../client";
import type { ImageInfo } from "@/lib/media-urls";
import { media, postCoauthors, posts, sections } from "../schema";
import { rebuildSearchIndexOf, writePostIndex } from "../search-index";
import { isPublic } from "./published";

// posts_fts (migration 0003) holds one row per public post, rowid = post id; db/search-index.ts writes it.

/** Brings one post's row up to date: present while the post is public, absent otherwise. */
export function indexPost({ id }: { id: number }): void {
  writePostIndex(db(), id);
}

export function indexPosts({ ids }: { ids: number[] }): void {
  for (const id of ids) indexPost({ id });
}

/** The posts a person is named on, to re-index after their name changes. */
export function postsNamingPerson({ personId }: { personId: number }): number[] {
  const coauthored = db().select({ id: postCoauthors.postId }).from(postCoauthors).where(eq(postCoauthors.personId, personId));
  return db().select({ id: posts.id }).from(posts).where(or(eq(posts.contactPersonId, personId), inArray(posts.id, coauthored))).all().map((r) => r.id);
}

/** Refills the whole index from the public posts (`npm run search:rebuild`, the seed); returns how many it holds. */
export function rebuildSearchIndex(): number {
  return rebuildSearchIndexOf(db());
}

export type SearchHit = {
  id: number;
  slug: string;
  title: string;
  kind: (typeof posts.$inferSelect)["kind"];
  language: "nl" | "en";
  publishedAt: Date | null;
  sectionSlug: string;
  sectionName: string;
  image: ImageInfo | null;
  /** The indexed intro and text, for the page to cut a snippet from. */
  texts: string[];
};

/**
 * Matches among public posts: those with every word in the title first, ranked by bm25 (title weighing most), then
 * the other matches newest first. Both orders come from the index alone, so a common word over a large archive
 * costs milliseconds; the indexed text and post data are then read for the requested page only.
 */
// Counting stops here: a count of every match grows with the archive, and nobody pages past 50 pages of results.
export const SEARCH_COUNT_CAP = 1000;

export function searchPosts({ match, titleMatch, limit, offset }: { match: string; titleMatch: string; limit: number; offset: number }): {
  hits: SearchHit[];
  /** Matches counted up to SEARCH_COUNT_CAP + 1; more than the cap means "more than 1,000". */
  total: number;
} {
  const client = db().$client;
  const total = (client.prepare("select count(*) as n from (select 1 from posts_fts where posts_fts match ? limit ?)").get(match, SEARCH_COUNT_CAP + 1) as { n: number }).n;
  const inTitle = (client.prepare("select rowid as id from posts_fts where posts_fts match ? order by rank limit 200").all(titleMatch) as { id: number }[]).map((r) => r.id);
  const seen = new Set(inTitle);
  const newest = (client.prepare("select rowid as id from posts_fts where posts_fts match ? order by rowid desc limit ?").all(match, offset + limit + inTitle.length) as { id: number }[])
    .map((r) => r.id)
    .filter((id) => !seen.has(id));
  const ids = [...inTitle, ...newest].slice(offset, offset + limit);
  if (ids.length === 0) return { hits: [], total };
  const placeholders = ids.map(() => "?").join(",");
  const texts = new Map(
    (client.prepare(`select rowid as id, lead, body from posts_fts where rowid in (${placeholders})`).all(...ids) as { id: number; lead: string; body: string }[]).map(
      (r) => [r.id, [r.lead, r.body]],
    ),
  );
  const rows = db()
    .select({
      id: posts.id, slug: posts.slug, title: posts.title, kind: posts.kind, language: posts.language, publishedAt: posts.publishedAt, sectionSlug: sections.slug, sectionName: sections.name,
      image: { storageKey: media.storageKey, width: media.width, height: media.height, alt: media.alt },
    })
    .from(posts)
    .innerJoin(sections, eq(posts.sectionId, sections.id))
    .leftJoin(media, eq(posts.featuredImageId, media.id))
    .where(and(inArray(posts.id, ids), isPublic()))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const hits = ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, texts: texts.get(id) ?? [] }] : [];
  });
  return { hits, total };
}
