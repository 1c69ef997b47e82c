"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { getRevision } from "@/db/queries/revisions";
import { defineAction } from "@/lib/actions/define-action";
import type { PostActionState } from "@/lib/posts/post-action-state";
import { postFormSchema, type PostForm } from "@/lib/posts/post-schema";
import { revisionToForm } from "@/lib/posts/revision-form";
import { savePost, type SaveResult } from "@/lib/posts/save-post";
import { INTENT_DONE } from "@/lib/posts/workflow";

function toState(result: SaveResult, intent: PostForm["intent"]): PostActionState {
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors, conflict: result.conflict };
  return {
    status: "success",
    message: INTENT_DONE[intent],
    saved: { id: result.id, version: result.version, status: result.status, publicPath: result.publicPath, at: new Date().toISOString() },
  };
}

/** Save, autosave and every workflow step of the post editor; the intent says which. */
export const savePostAction = defineAction<typeof postFormSchema, PostActionState>({
  permission: "post.editOwn",
  schema: postFormSchema,
  handler: async ({ data, user }) => toState(await savePost(user, data), data.intent),
});

const restoreSchema = z.object({ postId: z.coerce.number().int().positive(), revisionId: z.coerce.number().int().positive(), version: z.coerce.number().int() });

/** Makes an earlier version the current text again, as a new save (so the restore itself can be undone). */
export const restoreRevisionAction = defineAction<typeof restoreSchema, PostActionState>({
  permission: "post.editOwn",
  schema: restoreSchema,
  invalidMessage: "Onbekende versie.",
  handler: async ({ data, user }) => {
    const revision = getRevision({ postId: data.postId, id: data.revisionId });
    if (!revision) return { status: "error", message: "Onbekende versie." };
    const form = revisionToForm(revision, data.version);
    if (!form) return { status: "error", message: "Deze versie kan niet meer worden teruggezet." };
    const state = toState(await savePost(user, form), "save");
    revalidatePath(`/redactie/berichten/${revision.postId}`, "layout");
    return state.status === "success" ? { ...state, message: `Versie ${revision.version} is teruggezet.` } : state;
  },
});
