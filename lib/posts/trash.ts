import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { getPostForEditing } from "@/db/queries/editorial-posts";
import { inWriteTransaction } from "@/db/queries/transaction";
import { deleteTrashedPosts, moveToTrash, takeOutOfTrash } from "@/db/queries/trash";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { changePublicContent } from "./public-changes";
import { NOT_TRASHABLE_MESSAGE, purgeBefore, TRASHABLE_STATUSES } from "./trash-rules";
import { canEditPost } from "./workflow";

type Outcome = { ok: true } | { ok: false; message: string };

const NOT_FOUND: Outcome = { ok: false, message: "Dit bericht bestaat niet of u mag het niet bewerken." };

/**
 * Drafts, posts in review and archived posts go to the trash; whoever may edit the post may trash it (authors: their
 * own drafts and posts in review). Nothing readers see changes, because none of these statuses is public.
 */
export async function trashPost(user: CurrentUser, id: number): Promise<Outcome> {
  const post = getPostForEditing({ id });
  if (!post || !canEditPost(user, post)) return NOT_FOUND;
  if (post.trashedAt) return { ok: false, message: "Dit bericht staat al in de prullenbak." };
  if (!TRASHABLE_STATUSES.includes(post.status)) return { ok: false, message: NOT_TRASHABLE_MESSAGE };
  // The status is checked again in the update, in case someone published it meanwhile.
  const moved = await inWriteTransaction(() => moveToTrash({ id, statuses: TRASHABLE_STATUSES, at: new Date() }));
  if (!moved) return { ok: false, message: NOT_TRASHABLE_MESSAGE };
  recordAudit({ action: "post.trash", userId: user.id, targetType: "post", targetId: id, detail: { status: post.status } });
  return { ok: true };
}

/** Takes a post out of the trash with the status it had. */
export async function restorePost(user: CurrentUser, id: number): Promise<Outcome> {
  const post = getPostForEditing({ id });
  if (!post || !canEditPost(user, post)) return NOT_FOUND;
  const restored = await inWriteTransaction(() => takeOutOfTrash({ id }));
  if (!restored) return { ok: false, message: "Dit bericht staat niet (meer) in de prullenbak." };
  recordAudit({ action: "post.restore", userId: user.id, targetType: "post", targetId: id });
  return { ok: true };
}

/** "Prullenbak legen": editors only, since it deletes everyone's trashed posts for good. */
export async function emptyTrash(user: CurrentUser): Promise<{ ok: true; deleted: number } | { ok: false; message: string }> {
  if (!can(user, "post.editAny")) return { ok: false, message: "U mag de prullenbak niet legen." };
  const deleted = await purgeTrash(null);
  recordAudit({ action: "post.empty_trash", userId: user.id, detail: { count: deleted.length } });
  return { ok: true, deleted: deleted.length };
}

/**
 * Deletes trashed posts for good: all, or those trashed before `before`. Through changePublicContent (house rule 12)
 * so any search row left behind goes too; trashed posts are never public, so pages need no refresh.
 */
export function purgeTrash(before: Date | null): Promise<number[]> {
  return changePublicContent(() => {
    const ids = deleteTrashedPosts({ before });
    return { result: ids, postIds: ids, visible: false };
  });
}

/** The retention job's part: posts that have been in the trash longer than TRASH_DAYS. */
export async function purgeExpiredTrash(now: Date): Promise<number> {
  const deleted = await purgeTrash(purgeBefore(now));
  if (deleted.length) recordAudit({ action: "post.trash_expired", detail: { count: deleted.length } });
  return deleted.length;
}
