import "server-only";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "../client";
import { postRailItems, posts, sections } from "../schema";
import { isPublic } from "./published";

// The curated rail of an article (post_rail_items). Written by the post save, read by the editor and the article.

type RailRow = { targetPostId: number | null; url: string | null; title: string | null; label: string; date: Date | null };

/** Replaces a post's rail with these rows, in this order (inside the save's transaction). */
export function replaceRailItems({ postId, items }: { postId: number; items: RailRow[] }): void {
  db().delete(postRailItems).where(eq(postRailItems.postId, postId)).run();
  items.forEach((item, position) => db().insert(postRailItems).values({ postId, position, ...item }).run());
}

/** The rail as the editor shows it, whatever the targets' status. */
export function listRailItemsForEditing({ postId }: { postId: number }) {
  return db()
    .select({ targetPostId: postRailItems.targetPostId, url: postRailItems.url, title: postRailItems.title, label: postRailItems.label, date: postRailItems.date })
    .from(postRailItems)
    .where(eq(postRailItems.postId, postId))
    .orderBy(asc(postRailItems.position))
    .all();
}

/** Which of these ids are posts (someone may have deleted one while the editor was open). */
export function existingPostIds({ ids }: { ids: number[] }): number[] {
  if (ids.length === 0) return [];
  return db().select({ id: posts.id }).from(posts).where(inArray(posts.id, ids)).all().map((r) => r.id);
}

/** Recent public posts to choose from in the rail editor. */
export function listRailCandidates({ limit }: { limit: number }) {
  return db()
    .select({ id: posts.id, title: posts.title, sectionName: sections.name })
    .from(posts)
    .innerJoin(sections, eq(posts.sectionId, sections.id))
    .where(isPublic())
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(limit)
    .all();
}

export type CuratedRailItem = {
  key: string;
  label: string;
  title: string;
  href: string;
  external: boolean;
  date: Date | null;
  language: "nl" | "en";
};

/**
 * The curated rail as readers see it: external links, and internal posts only while they are public (an unpublished,
 * trashed or future-dated target is left out). An internal item shows its own title unless the editor typed one.
 */
export function listVisibleRailItems({ postId, now = new Date() }: { postId: number; now?: Date }): CuratedRailItem[] {
  const rows = db()
    .select({
      id: postRailItems.id,
      url: postRailItems.url,
      title: postRailItems.title,
      label: postRailItems.label,
      date: postRailItems.date,
      targetPostId: postRailItems.targetPostId,
      target: { slug: posts.slug, title: posts.title, language: posts.language, sectionSlug: sections.slug },
    })
    .from(postRailItems)
    .leftJoin(posts, and(eq(postRailItems.targetPostId, posts.id), isPublic(now), isNull(posts.trashedAt)))
    .leftJoin(sections, eq(posts.sectionId, sections.id))
    .where(eq(postRailItems.postId, postId))
    .orderBy(asc(postRailItems.position))
    .all();
  return rows.flatMap((row): CuratedRailItem[] => {
    const key = `rail-${row.id}`;
    if (row.targetPostId === null) {
      return row.url ? [{ key, label: row.label, title: row.title ?? row.url, href: row.url, external: true, date: row.date, language: "nl" }] : [];
    }
    const target = row.target;
    if (!target?.slug || !target.sectionSlug) return [];
    return [{ key, label: row.label, title: row.title || target.title!, href: `/${target.sectionSlug}/${target.slug}`, external: false, date: row.date, language: target.language ?? "nl" }];
  });
}
