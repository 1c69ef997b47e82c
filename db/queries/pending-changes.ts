import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "../client";
import { posts } from "../schema";

/**
 * Keeps a published post's edits beside its public columns (readers never read these two); bumps the version like
 * any save, so optimistic locking covers pending changes too. Returns the new version, or null on a conflict.
 */
export function storePendingChanges({ id, version, changes, savedAt }: { id: number; version: number; changes: Record<string, unknown>; savedAt: Date }): number | null {
  const row = db()
    .update(posts)
    .set({ pendingChanges: changes, pendingSavedAt: savedAt, version: version + 1 })
    .where(and(eq(posts.id, id), eq(posts.version, version), eq(posts.status, "published")))
    .returning({ version: posts.version })
    .get();
  return row?.version ?? null;
}

/** Drops a post's pending changes ("Wijzigingen verwerpen"); the new version, or null when someone saved in between. */
export function clearPendingChanges({ id, version }: { id: number; version: number }): number | null {
  const row = db()
    .update(posts)
    .set({ pendingChanges: null, pendingSavedAt: null, version: version + 1 })
    .where(and(eq(posts.id, id), eq(posts.version, version)))
    .returning({ version: posts.version })
    .get();
  return row?.version ?? null;
}
