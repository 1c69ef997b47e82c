"use server";

import { redirect } from "next/navigation";
import { z } from "@/lib/zod";
import { defineAction, type ActionState } from "@/lib/actions/define-action";
import { emptyTrash, restorePost, trashPost } from "@/lib/posts/trash";

const postSchema = z.object({ postId: z.coerce.number().int().positive() });
const emptySchema = z.object({ confirm: z.literal("ja", { message: "Bevestig eerst dat u de prullenbak wilt legen." }) });
const TRASH_PATH = "/redactie/berichten/prullenbak";

/** "Naar de prullenbak": drafts, posts in review and archived posts; then the trash shows it, with "Terugzetten". */
export const trashPostAction = defineAction<typeof postSchema>({
  permission: "post.editOwn",
  schema: postSchema,
  invalidMessage: "Onbekend bericht.",
  handler: async ({ data, user }) => {
    const outcome = await trashPost(user, data.postId);
    if (!outcome.ok) return { status: "error", message: outcome.message };
    redirect(`${TRASH_PATH}?verplaatst=${data.postId}`);
  },
});

/** "Terugzetten": the post returns with its status, and the editor opens it. */
export const restorePostAction = defineAction<typeof postSchema>({
  permission: "post.editOwn",
  schema: postSchema,
  invalidMessage: "Onbekend bericht.",
  handler: async ({ data, user }) => {
    const outcome = await restorePost(user, data.postId);
    if (!outcome.ok) return { status: "error", message: outcome.message };
    redirect(`/redactie/berichten/${data.postId}`);
  },
});

/** "Prullenbak legen", after the confirmation step on the trash page. */
export const emptyTrashAction = defineAction<typeof emptySchema>({
  permission: "post.editAny",
  schema: emptySchema,
  handler: async ({ user }): Promise<ActionState> => {
    const outcome = await emptyTrash(user);
    if (!outcome.ok) return { status: "error", message: outcome.message };
    redirect(`${TRASH_PATH}?geleegd=${outcome.deleted}`);
  },
});
