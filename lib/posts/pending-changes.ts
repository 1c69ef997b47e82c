import "server-only";
// Edits to a published post wait as pending changes (posts.pendingChanges) until "Bijwerken" publishes them, the
// way Ghost and WordPress work: readers keep seeing the post's columns, the editor and the staff preview see these.
import { recordAudit } from "@/db/queries/audit";
import { clearPendingChanges, storePendingChanges } from "@/db/queries/pending-changes";
import { inWriteTransaction } from "@/db/queries/transaction";
import type { PostStatus } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { CONFLICT, NOT_FOUND, type SaveResult } from "./save-result";
import { canEditPost } from "./workflow";

/** A curated rail row as kept with pending changes (the rail has its own table; "Bijwerken" writes it there). */
export type PendingRailItem = { targetPostId: number | null; url: string | null; title: string | null; label: string; date: Date | null };

/**
 * What is stored: the post's column values as the save computed them (minus workflow state), the co-authors, and the
 * curated rail when the editor sent one.
 */
export type PendingChanges = { fields: Record<string, unknown>; coauthorIds: number[]; railItems?: PendingRailItem[] };

// Workflow state is never pending: only "Bijwerken", "Depubliceren" and "Archiveren" change it.
const NOT_PENDING = new Set(["status", "scheduledAt", "pendingChanges", "pendingSavedAt", "version", "trashedAt"]);

export function toPendingChanges(values: Record<string, unknown>, coauthorIds: number[], railItems?: PendingRailItem[]): PendingChanges {
  return { fields: Object.fromEntries(Object.entries(values).filter(([key]) => !NOT_PENDING.has(key))), coauthorIds, ...(railItems ? { railItems } : {}) };
}

// JSON turns dates into ISO strings; every timestamp column of posts is named "...At".
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const revive = (key: string, value: unknown) => (key.endsWith("At") && typeof value === "string" && ISO_DATE.test(value) ? new Date(value) : value);

function readPending(raw: unknown): PendingChanges | null {
  if (!raw || typeof raw !== "object") return null;
  const { fields, coauthorIds } = raw as Partial<PendingChanges>;
  if (!fields || typeof fields !== "object") return null;
  return { fields, coauthorIds: Array.isArray(coauthorIds) ? coauthorIds.filter((id): id is number => Number.isInteger(id)) : [] };
}

/**
 * The post as its editor should see it: pending values over the public ones. Only keys the post has are taken, so a
 * value stored before a schema change cannot add a field. For the dashboard only, never for readers.
 */
export function withPendingChanges<T extends { pendingChanges: unknown }>(post: T): T {
  const pending = readPending(post.pendingChanges);
  if (!pending) return post;
  const overlay: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(pending.fields)) if (key in post && !NOT_PENDING.has(key)) overlay[key] = revive(key, value);
  if ("coauthorIds" in post) overlay.coauthorIds = pending.coauthorIds;
  return { ...post, ...overlay };
}

/** The pending rail of a post, when its pending changes carry one (undefined: the rail table holds the truth). */
export function pendingRailItems(raw: unknown): PendingRailItem[] | undefined {
  const items = (raw as Partial<PendingChanges> | null)?.railItems;
  if (!Array.isArray(items)) return undefined;
  return items.map((item) => ({ ...item, date: item.date ? new Date(item.date as unknown as string) : null }));
}

type PublishedPost = { id: number; status: string; slug: string; sectionSlug: string | null };

/** Saves the edits of a published post as pending; nothing readers see changes, so no page refresh is needed. */
export async function savePendingChanges({
  post,
  version,
  values,
  coauthorIds,
  railItems,
}: {
  post: PublishedPost;
  version: number;
  values: Record<string, unknown>;
  coauthorIds: number[];
  railItems?: PendingRailItem[];
}): Promise<SaveResult> {
  const changes = toPendingChanges(values, coauthorIds, railItems);
  const next = await inWriteTransaction(() => storePendingChanges({ id: post.id, version, changes, savedAt: new Date() }));
  if (next === null) return CONFLICT;
  return {
    ok: true,
    id: post.id,
    version: next,
    status: "published",
    // Readers still find the post at its public address until "Bijwerken" moves it.
    publicPath: post.sectionSlug ? `/${post.sectionSlug}/${post.slug}` : null,
    slug: typeof values.slug === "string" ? values.slug : post.slug,
    pending: true,
  };
}

/** "Wijzigingen verwerpen": the published text becomes the editor's text again. */
export async function discardPendingChanges(
  user: CurrentUser,
  post: { id: number; authorId: number | null; status: PostStatus; slug: string; sectionSlug: string | null } | null,
  version: number,
): Promise<SaveResult> {
  if (!post || !canEditPost(user, post)) return NOT_FOUND;
  const next = await inWriteTransaction(() => clearPendingChanges({ id: post.id, version }));
  if (next === null) return CONFLICT;
  recordAudit({ action: "post.discard_pending", userId: user.id, targetType: "post", targetId: post.id });
  return { ok: true, id: post.id, version: next, status: post.status, publicPath: post.sectionSlug ? `/${post.sectionSlug}/${post.slug}` : null, pending: false };
}
