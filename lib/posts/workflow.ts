// The editorial workflow: which intent moves a post to which status, and who may do it.
import type { PostStatus, Role } from "@/db/schema";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Intent } from "./post-schema";

type Actor = { id: number; role: Role; disabled: boolean };

const INTENT_PERMISSION: Record<Intent, Permission> = {
  save: "post.editOwn",
  autosave: "post.editOwn",
  submit: "post.submit",
  publish: "post.publish",
  update: "post.publish",
  schedule: "post.publish",
  unpublish: "post.publish",
  archive: "post.publish",
};

export function intentPermission(intent: Intent): Permission {
  return INTENT_PERMISSION[intent];
}

/** Authors edit their own posts until an editor has published them; editors edit any post. */
export function canEditPost(actor: Actor, post: { authorId: number | null; status: PostStatus } | null): boolean {
  if (can(actor, "post.editAny")) return true;
  if (!post) return can(actor, "post.create");
  return can(actor, "post.editOwn") && post.authorId === actor.id && (post.status === "draft" || post.status === "in_review");
}

/** The status after an intent, or null when the intent does not apply to the current status. */
export function statusAfter(current: PostStatus | null, intent: Intent): PostStatus | null {
  const status = current ?? "draft";
  switch (intent) {
    case "save":
      return status;
    case "autosave":
      // Autosave never changes what readers see: a published post's edits are kept as pending changes.
      return status === "draft" || status === "in_review" || status === "published" ? status : null;
    case "submit":
      return status === "draft" || status === "in_review" ? "in_review" : null;
    case "publish":
      return "published";
    case "update":
      return status === "published" ? "published" : null;
    case "schedule":
      return status === "published" ? null : "scheduled";
    case "unpublish":
      return status === "published" || status === "scheduled" ? "draft" : null;
    case "archive":
      return "archived";
  }
}

export const INTENT_DONE: Record<Intent, string> = {
  save: "Opgeslagen.",
  autosave: "Automatisch opgeslagen.",
  submit: "Ter beoordeling aangeboden. Een redacteur kijkt ernaar.",
  publish: "Gepubliceerd. Het bericht staat nu op de site.",
  update: "Bijgewerkt. De wijzigingen staan nu op de site.",
  schedule: "Ingepland. Het bericht verschijnt op het gekozen moment vanzelf.",
  unpublish: "Gedepubliceerd. Het bericht is niet meer op de site te zien.",
  archive: "Gearchiveerd.",
};
