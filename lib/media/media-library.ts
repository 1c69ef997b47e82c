import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { deleteMedia, getMedia, mediaInUse } from "@/db/queries/media";
import { inWriteTransaction } from "@/db/queries/transaction";
import type { CurrentUser } from "@/lib/auth/session";
import { removeImageFiles } from "./store";

export type MediaResult = { ok: true } | { ok: false; message: string };

/** Deletes an image and its files, unless a post or person still shows it. */
export async function deleteMediaItem(id: number, actor: CurrentUser): Promise<MediaResult> {
  const item = getMedia({ id });
  if (!item) return { ok: false, message: "Deze afbeelding bestaat niet meer." };
  // Checked and deleted in one transaction, so nothing can start using it in between.
  const deleted = await inWriteTransaction(() => {
    if (mediaInUse(item)) return false;
    deleteMedia({ id: item.id });
    return true;
  });
  if (!deleted) return { ok: false, message: "Deze afbeelding wordt nog gebruikt en kan niet worden verwijderd." };
  await removeImageFiles(item.storageKey);
  recordAudit({ action: "media.deleted", userId: actor.id, targetType: "media", targetId: item.id });
  return { ok: true };
}
