// The full-text index posts_fts (migration 0003) is derived data: one row per public post, rowid = post id, made
// from the posts, their people and their text. It takes the database as an argument because the migration path
// (db/connection.ts) keeps it current before the app's own connection exists.
import { and, eq, inArray, or } from "drizzle-orm";
import type { JSONContent } from "@tiptap/core";
import { documentText } from "../lib/content/document";
import type { DB } from "./connection";
import { isPublic } from "./queries/published";
import { people, postCoauthors, posts } from "./schema";

/**
 * Bump when what a row holds changes (columns, text extraction, tokenizer): every database then rebuilds its index
 * once, on the next start. SQLite's `user_version` pragma records the version the index was built with.
 */
export const SEARCH_INDEX_VERSION = 1;

function indexedPeople(database: DB, postId: number, contactPersonId: number | null): string {
  const coauthors = database.select({ id: postCoauthors.personId }).from(postCoauthors).where(eq(postCoauthors.postId, postId));
  return database
    .select({ name: people.name })
    .from(people)
    .where(or(contactPersonId ? eq(people.id, contactPersonId) : undefined, inArray(people.id, coauthors)))
    .all()
    .map((p) => p.name)
    .join(" ");
}

/** Brings one post's row up to date: present while the post is public, absent otherwise. */
export function writePostIndex(database: DB, id: number): void {
  const client = database.$client;
  client.prepare("delete from posts_fts where rowid = ?").run(id);
  const post = database.select().from(posts).where(and(eq(posts.id, id), isPublic())).get();
  if (!post) return;
  client
    .prepare("insert into posts_fts (rowid, title, lead, body, people) values (?, ?, ?, ?, ?)")
    .run(id, post.title, post.lead, documentText(post.body as JSONContent | null), indexedPeople(database, id, post.contactPersonId));
}

function rebuildInTransaction(database: DB): number {
  database.$client.prepare("delete from posts_fts").run();
  const ids = database.select({ id: posts.id }).from(posts).where(isPublic()).all().map((r) => r.id);
  for (const id of ids) writePostIndex(database, id);
  database.$client.pragma(`user_version = ${SEARCH_INDEX_VERSION}`);
  return ids.length;
}

/** Empties the index and fills it from every public post, in one transaction; returns how many posts it holds. */
export function rebuildSearchIndexOf(database: DB): number {
  return database.$client.transaction(() => rebuildInTransaction(database)).immediate();
}

function needsRebuild(database: DB): boolean {
  const client = database.$client;
  if (client.pragma("user_version", { simple: true }) !== SEARCH_INDEX_VERSION) return true;
  // Missing rows: an index that is empty while readers can see posts (a copied or hand-made database).
  const indexed = client.prepare("select 1 from posts_fts limit 1").get();
  return !indexed && !!database.select({ id: posts.id }).from(posts).where(isPublic()).limit(1).get();
}

/**
 * Rebuilds the index when it is missing or was built by another version; called after every migration run. The
 * check is repeated inside the write transaction, so two processes starting at once rebuild it only once.
 */
export function ensureSearchIndex(database: DB): { rebuilt: boolean; posts?: number } {
  if (!needsRebuild(database)) return { rebuilt: false };
  return database.$client
    .transaction(() => (needsRebuild(database) ? { rebuilt: true, posts: rebuildInTransaction(database) } : { rebuilt: false }))
    .immediate();
}
