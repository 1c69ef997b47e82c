import "server-only";
import { desc, eq, like, or, sql } from "drizzle-orm";
import { db } from "../client";
import { media, people, posts } from "../schema";

export function listMedia({ q, limit = 200, offset = 0 }: { q?: string; limit?: number; offset?: number } = {}) {
  const search = q ? `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
  return db()
    .select({ id: media.id, storageKey: media.storageKey, alt: media.alt, originalName: media.originalName, width: media.width, height: media.height, createdAt: media.createdAt })
    .from(media)
    .where(search ? or(like(media.alt, search), like(media.originalName, search)) : undefined)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit)
    .offset(offset)
    .all();
}

export function insertMedia(values: typeof media.$inferInsert) {
  return db().insert(media).values(values).returning({ id: media.id }).get();
}

export function getMedia({ id }: { id: number }) {
  return db().select().from(media).where(eq(media.id, id)).get() ?? null;
}

/** In use: a featured image, a staff photo, or inside a post's text. */
export function mediaInUse({ id, storageKey }: { id: number; storageKey: string }): boolean {
  const featured = db().select({ id: posts.id }).from(posts).where(eq(posts.featuredImageId, id)).get();
  const photo = db().select({ id: people.id }).from(people).where(eq(people.photoId, id)).get();
  const inBody = db().select({ id: posts.id }).from(posts).where(sql`${posts.body} like ${`%/media/${storageKey}/%`}`).get();
  return Boolean(featured || photo || inBody);
}

export function deleteMedia({ id }: { id: number }): void {
  db().delete(media).where(eq(media.id, id)).run();
}
