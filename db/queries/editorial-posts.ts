import "server-only";
import { and, asc, count, desc, eq, isNull, like, lte, ne } from "drizzle-orm";
import { db } from "../client";
import { postScopeWhere, type PostScope } from "./scopes";
import { oldSlugs, postCoauthors, posts, sections, users, type PostKind, type PostStatus } from "../schema";

export type DashboardFilter = {
  /** Authors: only their own posts (object-level rule). */
  scope: PostScope;
  status?: PostStatus;
  sectionId?: number;
  kind?: PostKind;
  authorId?: number;
  q?: string;
  page: number;
  pageSize: number;
};

/** Posts for the dashboard, last changed first, with the total for paging. */
export function listPostsForDashboard(filter: DashboardFilter) {
  const where = and(
    postScopeWhere(filter.scope),
    // Trashed posts are listed only in the trash (db/queries/trash.ts).
    isNull(posts.trashedAt),
    filter.status ? eq(posts.status, filter.status) : undefined,
    filter.sectionId ? eq(posts.sectionId, filter.sectionId) : undefined,
    filter.kind ? eq(posts.kind, filter.kind) : undefined,
    filter.authorId ? eq(posts.authorId, filter.authorId) : undefined,
    filter.q ? like(posts.title, `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`) : undefined,
  );
  const rows = db()
    .select({
      id: posts.id,
      title: posts.title,
      kind: posts.kind,
      status: posts.status,
      updatedAt: posts.updatedAt,
      sectionName: sections.name,
      authorName: users.name,
    })
    .from(posts)
    .leftJoin(sections, eq(posts.sectionId, sections.id))
    .leftJoin(users, eq(posts.authorId, users.id))
    .where(where)
    .orderBy(desc(posts.updatedAt), desc(posts.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .all();
  const total = db().select({ n: count() }).from(posts).where(where).get()?.n ?? 0;
  return { rows, total };
}

export function listPostAuthors() {
  return db().selectDistinct({ id: users.id, name: users.name }).from(users).innerJoin(posts, eq(posts.authorId, users.id)).orderBy(asc(users.name)).all();
}

export type EditablePost = NonNullable<ReturnType<typeof getPostForEditing>>;

export function getPostForEditing({ id }: { id: number }) {
  const post = db().select().from(posts).where(eq(posts.id, id)).get();
  if (!post) return null;
  const section = post.sectionId ? db().select({ slug: sections.slug }).from(sections).where(eq(sections.id, post.sectionId)).get() : undefined;
  return { ...post, sectionSlug: section?.slug ?? null, coauthorIds: listCoauthorIds({ postId: id }) };
}

export function listCoauthorIds({ postId }: { postId: number }): number[] {
  return db()
    .select({ id: postCoauthors.personId })
    .from(postCoauthors)
    .where(eq(postCoauthors.postId, postId))
    .orderBy(asc(postCoauthors.position))
    .all()
    .map((r) => r.id);
}

type PostValues = Omit<typeof posts.$inferInsert, "id" | "createdAt" | "updatedAt" | "version">;

export function insertPost(values: PostValues): { id: number; version: number } {
  return db().insert(posts).values(values).returning({ id: posts.id, version: posts.version }).get();
}

/** Updates only when nobody saved in between; returns the new version, or null on a conflict. */
export function updatePostAtVersion({ id, version }: { id: number; version: number }, values: Partial<PostValues>): number | null {
  const row = db()
    .update(posts)
    .set({ ...values, version: version + 1 })
    .where(and(eq(posts.id, id), eq(posts.version, version)))
    .returning({ version: posts.version })
    .get();
  return row?.version ?? null;
}

export function replaceCoauthors({ postId, personIds }: { postId: number; personIds: number[] }): void {
  db().delete(postCoauthors).where(eq(postCoauthors.postId, postId)).run();
  personIds.forEach((personId, position) => db().insert(postCoauthors).values({ postId, personId, position }).run());
}

/** A slug is taken when another post uses it now or used it before (its old URL must keep redirecting). */
export function slugTaken({ slug, exceptPostId }: { slug: string; exceptPostId?: number | null }): boolean {
  const current = db()
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.slug, slug), exceptPostId ? ne(posts.id, exceptPostId) : undefined))
    .get();
  const old = db()
    .select({ id: oldSlugs.postId })
    .from(oldSlugs)
    .where(and(eq(oldSlugs.slug, slug), exceptPostId ? ne(oldSlugs.postId, exceptPostId) : undefined))
    .get();
  return Boolean(current || old);
}

/** Keeps a published post's previous slug as a redirect; a slug the post takes back is no longer "old". */
export function moveSlug({ postId, from, to }: { postId: number; from: string; to: string }): void {
  db().delete(oldSlugs).where(and(eq(oldSlugs.slug, to), eq(oldSlugs.postId, postId))).run();
  db().insert(oldSlugs).values({ slug: from, postId }).onConflictDoNothing().run();
}

/** Scheduled posts whose time has come become published (their publication date is the scheduled time). */
export function publishDuePosts({ now }: { now: Date }): number[] {
  return db()
    .update(posts)
    .set({ status: "published", scheduledAt: null })
    .where(and(eq(posts.status, "scheduled"), lte(posts.scheduledAt, now)))
    .returning({ id: posts.id })
    .all()
    .map((r) => r.id);
}
