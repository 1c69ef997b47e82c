"use server";

import { revalidatePath } from "next/cache";
import { getRevision } from "@/db/queries/revisions";
import { authorize } from "@/lib/auth/session";
import { DENIED, fieldErrors } from "@/lib/actions/define-action";
import { DATABASE_BUSY_MESSAGE, isDatabaseBusy } from "@/lib/database-busy";
import type { PostActionState } from "@/lib/posts/post-action-state";
import { postFormSchema, type PostForm } from "@/lib/posts/post-schema";
import { revisionToForm } from "@/lib/posts/revision-form";
import { savePost, type SaveResult } from "@/lib/posts/save-post";
import { INTENT_DONE } from "@/lib/posts/workflow";
import { z } from "zod";

/** The editor keeps its text in the browser, so a save that met a locked database can simply be tried again. */
function whenBusy(error: unknown): SaveResult {
  if (isDatabaseBusy(error)) return { ok: false, message: DATABASE_BUSY_MESSAGE };
  throw error;
}

function toState(result: SaveResult, intent: PostForm["intent"]): PostActionState {
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors, conflict: result.conflict };
  return {
    status: "success",
    message: INTENT_DONE[intent],
    saved: { id: result.id, version: result.version, status: result.status, publicPath: result.publicPath, at: new Date().toISOString() },
  };
}

/** Save, autosave and every workflow step of the post editor; the intent says which. */
export async function savePostAction(_previous: PostActionState, formData: FormData): Promise<PostActionState> {
  const auth = await authorize("post.editOwn");
  if ("denied" in auth) return DENIED;
  const parsed = postFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Controleer de gemarkeerde velden.", fieldErrors: fieldErrors(parsed.error) };
  return toState(await savePost(auth.user, parsed.data).catch(whenBusy), parsed.data.intent);
}

const restoreSchema = z.object({ postId: z.coerce.number().int().positive(), revisionId: z.coerce.number().int().positive(), version: z.coerce.number().int() });

/** Makes an earlier version the current text again, as a new save (so the restore itself can be undone). */
export async function restoreRevisionAction(_previous: PostActionState, formData: FormData): Promise<PostActionState> {
  const auth = await authorize("post.editOwn");
  if ("denied" in auth) return DENIED;
  const parsed = restoreSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Onbekende versie." };
  const revision = getRevision({ postId: parsed.data.postId, id: parsed.data.revisionId });
  if (!revision) return { status: "error", message: "Onbekende versie." };
  const form = revisionToForm(revision, parsed.data.version);
  if (!form) return { status: "error", message: "Deze versie kan niet meer worden teruggezet." };
  const state = toState(await savePost(auth.user, form).catch(whenBusy), "save");
  revalidatePath(`/redactie/berichten/${revision.postId}`, "layout");
  return state.status === "success" ? { ...state, message: `Versie ${revision.version} is teruggezet.` } : state;
}
