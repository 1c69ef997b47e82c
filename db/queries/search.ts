import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { JSONContent } from "@tiptap/core";
import { documentText } from "@/lib/content/document";
import { MARK_END, MARK_START } from "@/lib/search/fts-query";
import { db } from "../client";
import { people, postCoauthors, posts, sections } from "../schema";
import { isPublic } from "./published";

// posts_fts (migration 0003) holds one row per public post, rowid = post id.

function indexedPeople(postId: number, contactPersonId: number | null): string {
  const coauthors = db().select({ id: postCoauthors.personId }).from(postCoauthors).where(eq(postCoauthors.postId, postId));
  return db()
    .select({ name: people.name })
    .from(people)
    .where(or(contactPersonId ? eq(people.id, contactPersonId) : undefined, inArray(people.id, coauthors)))
    .all()
    .map((p) => p.name)
    .join(" ");
}

/** Brings one post's row up to date: present while the post is public, absent otherwise. */
export function indexPost({ id }: { id: number }): void {
  const client = db().$client;
  client.prepare("delete from posts_fts where rowid = ?").run(id);
  const post = db().select().from(posts).where(and(eq(posts.id, id), isPublic())).get();
  if (!post) return;
  client
    .prepare("insert into posts_fts (rowid, title, lead, body, people) values (?, ?, ?, ?, ?)")
    .run(id, post.title, post.lead, documentText(post.body as JSONContent | null), indexedPeople(id, post.contactPersonId));
}

export function indexPosts({ ids }: { ids: number[] }): void {
  for (const id of ids) indexPost({ id });
}

/** The posts a person is named on, to re-index after their name changes. */
export function postsNamingPerson({ personId }: { personId: number }): number[] {
  const coauthored = db().select({ id: postCoauthors.postId }).from(postCoauthors).where(eq(postCoauthors.personId, personId));
  return db().select({ id: posts.id }).from(posts).where(or(eq(posts.contactPersonId, personId), inArray(posts.id, coauthored))).all().map((r) => r.id);
}

export function rebuildSearchIndex(): void {
  db().$client.prepare("delete from posts_fts").run();
  const ids = db().select({ id: posts.id }).from(posts).where(isPublic()).all().map((r) => r.id);
  indexPosts({ ids });
}

export type SearchHit = { id: number; slug: string; title: string; kind: (typeof posts.$inferSelect)["kind"]; language: "nl" | "en"; publishedAt: Date | null; sectionSlug: string; sectionName: string; snippet: string };

/** Ranked matches (title weighs most, then lead, people, body) among public posts, with a marked snippet. */
export function searchPosts({ match, limit, offset }: { match: string; limit: number; offset: number }): { hits: SearchHit[]; total: number } {
  const matching = sql`posts.id in (select rowid from posts_fts where posts_fts match ${match})`;
  const hits = db()
    .select({
      id: posts.id,
      slug: posts.slug,
      title: posts.title,
      kind: posts.kind,
      language: posts.language,
      publishedAt: posts.publishedAt,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      snippet: sql<string>`snippet(posts_fts, -1, ${MARK_START}, ${MARK_END}, '…', 16)`,
    })
    .from(sql`posts_fts`)
    .innerJoin(posts, sql`posts.id = posts_fts.rowid`)
    .innerJoin(sections, eq(posts.sectionId, sections.id))
    .where(and(sql`posts_fts match ${match}`, isPublic()))
    .orderBy(sql`bm25(posts_fts, 10.0, 5.0, 1.0, 3.0)`)
    .limit(limit)
    .offset(offset)
    .all();
  const total = db().select({ n: sql<number>`count(*)` }).from(posts).where(and(matching, isPublic())).get()?.n ?? 0;
  return { hits: hits as SearchHit[], total };
}
