"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/define-action";
import { deleteMediaItem } from "@/lib/media/media-library";

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
