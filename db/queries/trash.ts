import "server-only";
import { and, count, desc, eq, inArray, isNotNull, isNull, lte } from "drizzle-orm";
import { db } from "../client";
import { posts, sections, users, type PostStatus } from "../schema";
import { postScopeWhere, type PostScope } from "./scopes";

/** Moves a post to the trash when its status allows; true when it moved. */
export function moveToTrash({ id, statuses, at }: { id: number; statuses: readonly PostStatus[]; at: Date }): boolean {
  const row = db()
    .update(posts)
    .set({ trashedAt: at })
    .where(and(eq(posts.id, id), isNull(posts.trashedAt), inArray(posts.status, [...statuses])))
    .returning({ id: posts.id })
    .get();
  return Boolean(row);
}

/** Takes a post out of the trash with the status it had; true when it was there. */
export function takeOutOfTrash({ id }: { id: number }): boolean {
  const row = db().update(posts).set({ trashedAt: null }).where(and(eq(posts.id, id), isNotNull(posts.trashedAt))).returning({ id: posts.id }).get();
  return Boolean(row);
}

/** The trash, most recently trashed first; authors see only their own posts (house rule 11). */
export function listTrashedPosts({ scope }: { scope: PostScope }) {
  return db()
    .select({ id: posts.id, title: posts.title, status: posts.status, trashedAt: posts.trashedAt, sectionName: sections.name, authorName: users.name })
    .from(posts)
    .leftJoin(sections, eq(posts.sectionId, sections.id))
    .leftJoin(users, eq(posts.authorId, users.id))
    .where(and(postScopeWhere(scope), isNotNull(posts.trashedAt)))
    .orderBy(desc(posts.trashedAt), desc(posts.id))
    .all();
}

export function countTrashedPosts({ scope }: { scope: PostScope }): number {
  return db().select({ n: count() }).from(posts).where(and(postScopeWhere(scope), isNotNull(posts.trashedAt))).get()?.n ?? 0;
}

/**
 * Deletes trashed posts for good (their revisions, co-authors and old slugs go with them; questions keep their text
 * without the link): all of them, or those trashed before `before`. Returns the deleted ids.
 */
export function deleteTrashedPosts({ before }: { before: Date | null }): number[] {
  return db()
    .delete(posts)
    .where(and(isNotNull(posts.trashedAt), before ? lte(posts.trashedAt, before) : undefined))
    .returning({ id: posts.id })
    .all()
    .map((r) => r.id);
}
