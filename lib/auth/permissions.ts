// The one permission table. Every check in pages, actions, route handlers and queries asks `can`.
import type { Role } from "@/db/schema";

export const PERMISSIONS = {
  "dashboard.view": ["admin", "editor", "author"],
  "post.create": ["admin", "editor", "author"],
  "post.editOwn": ["admin", "editor", "author"],
  "post.submit": ["admin", "editor", "author"],
  "post.editAny": ["admin", "editor"],
  "post.publish": ["admin", "editor"],
  "question.readOwn": ["admin", "editor", "author"],
  "question.readAny": ["admin", "editor"],
  "person.manage": ["admin", "editor"],
  "media.upload": ["admin", "editor", "author"],
  "media.manage": ["admin", "editor"],
  "user.manage": ["admin"],
  "system.view": ["admin"],
  "settings.manage": ["admin"],
  "account.manage": ["admin", "editor", "author"],
  "newsletter.manage": ["admin", "editor"],
  "subscriber.manage": ["admin"],
  // Setting up one's own second factor: the one thing allowed while the policy requires it (lib/auth/session.ts).
  "account.secondFactor": ["admin", "editor", "author"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export type Actor = { role: Role; disabled: boolean } | null | undefined;

/** Unknown (null) and disabled accounts have no permissions at all. */
export function can(actor: Actor, permission: Permission): boolean {
  if (!actor || actor.disabled) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Beheerder",
  editor: "Redacteur",
  author: "Auteur",
};
