"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAudit } from "@/db/queries/audit";
import { deleteMedia, getMedia, insertMedia, mediaInUse } from "@/db/queries/media";
import { inWriteTransaction } from "@/db/queries/transaction";
import { defineAction, invalid } from "@/lib/actions/define-action";
import { removeImageFiles, storeImage } from "@/lib/media/store";

const uploadSchema = z.object({
  alt: z.string().trim().min(1, "Vul een alt-tekst in: wat is er op de afbeelding te zien?").max(300, "Een alt-tekst mag hoogstens 300 tekens lang zijn."),
  caption: z.string().trim().max(300).default(""),
  file: z.instanceof(File, { message: "Kies een afbeelding." }),
});

export const uploadMediaAction = defineAction({
  permission: "media.upload",
  schema: uploadSchema,
  handler: async ({ data, user, formData }) => {
    const stored = await storeImage(data.file);
    if (!stored.ok) return invalid(formData, { file: stored.message });
    const values = { ...stored.image, originalName: data.file.name.slice(0, 200), alt: data.alt, caption: data.caption, uploadedById: user.id };
    // No row, no files: a save that gave up on a locked database leaves nothing behind.
    const { id } = await inWriteTransaction(() => insertMedia(values)).catch(async (error: unknown) => {
      await removeImageFiles(stored.image.storageKey);
      throw error;
    });
    recordAudit({ action: "media.uploaded", userId: user.id, targetType: "media", targetId: id });
    revalidatePath("/redactie/media");
    return { status: "success", message: `Afbeelding “${data.alt}” is toegevoegd.` };
  },
});

export const deleteMediaAction = defineAction({
  permission: "media.manage",
  schema: z.object({ id: z.coerce.number().int().positive() }),
  handler: async ({ data, user }) => {
    const item = getMedia({ id: data.id });
    if (!item) return { status: "error", message: "Deze afbeelding bestaat niet meer." };
    // Checked and deleted in one transaction, so nothing can start using it in between.
    const deleted = await inWriteTransaction(() => {
      if (mediaInUse(item)) return false;
      deleteMedia({ id: item.id });
      return true;
    });
    if (!deleted) return { status: "error", message: "Deze afbeelding wordt nog gebruikt en kan niet worden verwijderd." };
    await removeImageFiles(item.storageKey);
    recordAudit({ action: "media.deleted", userId: user.id, targetType: "media", targetId: item.id });
    revalidatePath("/redactie/media");
    return { status: "success", message: "De afbeelding is verwijderd." };
  },
});
