"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/zod";
import { getPostForEditing } from "@/db/queries/editorial-posts";
import { getRevision } from "@/db/queries/revisions";
import { defineAction } from "@/lib/actions/define-action";
import type { PostActionState } from "@/lib/posts/post-action-state";
import { discardPendingChanges } from "@/lib/posts/pending-changes";
import { postFormSchema, type PostForm } from "@/lib/posts/post-schema";
import { revisionToForm } from "@/lib/posts/revision-form";
import { savePost, type SaveResult } from "@/lib/posts/save-post";
import { INTENT_DONE } from "@/lib/posts/workflow";

function toState(result: SaveResult, intent: PostForm["intent"]): PostActionState {
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors, conflict: result.conflict };
  return {
    status: "success",
    message: result.pending ? PENDING_SAVED : INTENT_DONE[intent],
    saved: { id: result.id, version: result.version, status: result.status, publicPath: result.publicPath, at: new Date().toISOString(), pending: Boolean(result.pending), slug: result.slug },
  };
}

const PENDING_SAVED = "Opgeslagen. Lezers zien de wijzigingen pas na ‘Bijwerken’.";

/** Save, autosave and every workflow step of the post editor; the intent says which. */
export const savePostAction = defineAction<typeof postFormSchema, PostActionState>({
  permission: "post.editOwn",
  schema: postFormSchema,
  handler: async ({ data, user }) => toState(await savePost(user, data), data.intent),
});

const restoreSchema = z.object({ postId: z.coerce.number().int().positive(), revisionId: z.coerce.number().int().positive(), version: z.coerce.number().int() });

/**
 * Makes an earlier version the current text again, as a new save (so the restore itself can be undone); of a
 * published post it becomes pending changes. Posted from the confirmation step of the versions page.
 */
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
    if (state.status !== "success") return state;
    redirect(`/redactie/berichten/${revision.postId}/versies?teruggezet=${revision.version}`);
  },
});

const discardSchema = z.object({ postId: z.coerce.number().int().positive(), version: z.coerce.number().int() });

/** "Wijzigingen verwerpen": a published post's pending changes are dropped; readers never saw them. */
export const discardPendingChangesAction = defineAction<typeof discardSchema, PostActionState>({
  permission: "post.editOwn",
  schema: discardSchema,
  handler: async ({ data, user }) => {
    const result = await discardPendingChanges(user, getPostForEditing({ id: data.postId }), data.version);
    const state = toState(result, "save");
    return state.status === "success" ? { ...state, message: "De wijzigingen zijn verworpen. De editor toont weer de gepubliceerde tekst." } : state;
  },
});
