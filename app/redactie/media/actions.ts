"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { singleLine } from "@/lib/validation/text-fields";
import { recordAudit } from "@/db/queries/audit";
import { insertMedia } from "@/db/queries/media";
import { defineAction, invalid } from "@/lib/actions/define-action";
import { deleteMediaItem } from "@/lib/media/media-library";
import { storeImage } from "@/lib/media/store";

const uploadSchema = z.object({
  alt: singleLine("Een alt-tekst", { max: 300, required: "Vul een alt-tekst in: wat is er op de afbeelding te zien?" }),
  caption: singleLine("Een bijschrift", { max: 300 }).default(""),
  file: z.instanceof(File, { message: "Kies een afbeelding." }),
});

export const uploadMediaAction = defineAction({
  permission: "media.upload",
  schema: uploadSchema,
  handler: async ({ data, user, formData }) => {
    const stored = await storeImage(data.file);
    if (!stored.ok) return invalid(formData, { file: stored.message });
    const { id } = insertMedia({ ...stored.image, originalName: data.file.name.slice(0, 200), alt: data.alt, caption: data.caption, uploadedById: user.id });
    recordAudit({ action: "media.uploaded", userId: user.id, targetType: "media", targetId: id });
    revalidatePath("/redactie/media");
    return { status: "success", message: `Afbeelding “${data.alt}” is toegevoegd.` };
  },
});

export const deleteMediaAction = defineAction({
  permission: "media.manage",
  schema: z.object({ id: z.coerce.number().int().positive() }),
  handler: async ({ data, user }) => {
    const result = await deleteMediaItem(data.id, user);
    if (!result.ok) return { status: "error", message: result.message };
    revalidatePath("/redactie/media");
    return { status: "success", message: "De afbeelding is verwijderd." };
  },
});
