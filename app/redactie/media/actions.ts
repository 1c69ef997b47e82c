"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { recordAudit } from "@/db/queries/audit";
import { deleteMedia, getMedia, mediaInUse } from "@/db/queries/media";
import { defineAction } from "@/lib/actions/define-action";
import { removeImageFiles } from "@/lib/media/store";

export const deleteMediaAction = defineAction({
  permission: "media.manage",
  schema: z.object({ id: z.coerce.number().int().positive() }),
  handler: async ({ data, user }) => {
    const item = getMedia({ id: data.id });
    if (!item) return { status: "error", message: "Deze afbeelding bestaat niet meer." };
    if (mediaInUse(item)) return { status: "error", message: "Deze afbeelding wordt nog gebruikt en kan niet worden verwijderd." };
    deleteMedia({ id: item.id });
    await removeImageFiles(item.storageKey);
    recordAudit({ action: "media.deleted", userId: user.id, targetType: "media", targetId: item.id });
    revalidatePath("/redactie/media");
    return { status: "success", message: "De afbeelding is verwijderd." };
  },
});
