import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "../client";
import { revisions, users } from "../schema";

export function insertRevision(values: typeof revisions.$inferInsert): void {
  db().insert(revisions).values(values).onConflictDoNothing().run();
}

export function listRevisions({ postId }: { postId: number }) {
  return db()
    .select({ id: revisions.id, version: revisions.version, title: revisions.title, createdAt: revisions.createdAt, authorName: users.name })
    .from(revisions)
    .leftJoin(users, eq(revisions.createdById, users.id))
    .where(eq(revisions.postId, postId))
    .orderBy(desc(revisions.version))
    .all();
}

export function getRevision({ postId, id }: { postId: number; id: number }) {
  return db().select().from(revisions).where(and(eq(revisions.postId, postId), eq(revisions.id, id))).get() ?? null;
}
