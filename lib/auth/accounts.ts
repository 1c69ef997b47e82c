import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { inWriteTransaction } from "@/db/queries/transaction";
import { countActiveAdmins, createUser, emailTaken, getUser, setPasswordToken, updateUser } from "@/db/queries/users";
import type { Role } from "@/db/schema";
import { hashPassword, isCommonPassword } from "./password";
import { newPasswordToken } from "./password-token";

export type AccountResult = { ok: true; link?: string } | { ok: false; field?: string; message: string };

const COMMON = "Dit wachtwoord komt voor in lijsten van veelgebruikte wachtwoorden. Kies een ander.";

export function commonPasswordError(password: string): string | null {
  return isCommonPassword(password) ? COMMON : null;
}

/** A fresh one-time link; stored with `store` (in the caller's transaction), it makes any earlier link stop working. */
function passwordLink(): { link: string; store: (userId: number) => void } {
  const { token, tokenHash, expiresAt } = newPasswordToken();
  return { link: `/wachtwoord-instellen?token=${token}`, store: (userId) => setPasswordToken({ id: userId }, tokenHash, expiresAt) };
}

export async function createAccount(
  input: { name: string; email: string; role: Role; setup: "link" | "password"; password?: string },
  actorId: number,
): Promise<AccountResult> {
  if (emailTaken({ email: input.email })) return { ok: false, field: "email", message: "Er bestaat al een gebruiker met dit e-mailadres." };
  if (input.setup === "password") {
    const common = commonPasswordError(input.password!);
    if (common) return { ok: false, field: "password", message: common };
  }
  const passwordHash = input.setup === "password" ? await hashPassword(input.password!) : null;
  const link = input.setup === "link" ? passwordLink() : null;
  const user = await inWriteTransaction(() => {
    const created = createUser({ name: input.name, email: input.email, role: input.role, passwordHash });
    link?.store(created.id);
    return created;
  });
  recordAudit({ action: "user.created", userId: actorId, targetType: "user", targetId: user.id, detail: { role: input.role } });
  return { ok: true, link: link?.link };
}

/** Would this change leave the site without an active admin? */
function removesLastAdmin(userId: number, change: { role?: Role; disabled?: boolean }): boolean {
  const user = getUser({ id: userId });
  if (!user || user.role !== "admin" || user.disabled) return false;
  const stillAdmin = (change.role ?? "admin") === "admin" && !change.disabled;
  return !stillAdmin && countActiveAdmins() <= 1;
}

const LAST_ADMIN = "Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder.";

// The last-admin check runs inside the write transaction: two admins demoting each other at the same moment (or
// while a write waits for the lock) cannot both pass it.
export async function changeRole(userId: number, role: Role, actorId: number): Promise<AccountResult> {
  if (!getUser({ id: userId })) return { ok: false, message: "Deze gebruiker bestaat niet." };
  const changed = await inWriteTransaction(() => {
    if (removesLastAdmin(userId, { role })) return false;
    updateUser({ id: userId }, { role }, { endSessions: true });
    return true;
  });
  if (!changed) return { ok: false, message: LAST_ADMIN };
  recordAudit({ action: "user.role_changed", userId: actorId, targetType: "user", targetId: userId, detail: { role } });
  return { ok: true };
}

export async function setDisabled(userId: number, disabled: boolean, actorId: number): Promise<AccountResult> {
  if (!getUser({ id: userId })) return { ok: false, message: "Deze gebruiker bestaat niet." };
  const changed = await inWriteTransaction(() => {
    if (disabled && removesLastAdmin(userId, { disabled })) return false;
    updateUser({ id: userId }, { disabled }, { endSessions: true });
    return true;
  });
  if (!changed) return { ok: false, message: LAST_ADMIN };
  recordAudit({ action: disabled ? "user.disabled" : "user.enabled", userId: actorId, targetType: "user", targetId: userId });
  return { ok: true };
}

/** Ends the user's sessions, removes the old password and returns a one-time link to choose a new one. */
export async function resetPassword(userId: number, actorId: number): Promise<AccountResult> {
  if (!getUser({ id: userId })) return { ok: false, message: "Deze gebruiker bestaat niet." };
  const link = passwordLink();
  await inWriteTransaction(() => {
    updateUser({ id: userId }, { passwordHash: null }, { endSessions: true });
    link.store(userId);
  });
  recordAudit({ action: "user.password_reset", userId: actorId, targetType: "user", targetId: userId });
  return { ok: true, link: link.link };
}
