import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { inWriteTransaction } from "@/db/queries/transaction";
import { claimPasswordToken, getPasswordHash, updateUser } from "@/db/queries/users";
import { commonPasswordError, type AccountResult } from "./accounts";
import { clearLoginAttempts, takeLoginAttempt, type Attempt } from "./login-limits";
import { hashPassword, verifyPassword } from "./password";
import { hashPasswordToken } from "./password-token";

/**
 * Changing a password ends every session of that user, this one included. Guesses at the current password
 * count against the same limits as logins, so a borrowed session cannot be used to find it.
 */
export async function changeOwnPassword(user: { id: number }, attempt: Attempt, current: string, next: string): Promise<AccountResult> {
  const wait = await takeLoginAttempt(attempt);
  if (wait > 0) return { ok: false, field: "currentPassword", message: `Te veel pogingen. Probeer het over ${Math.ceil(wait / 60_000)} minuten opnieuw.` };
  if (!(await verifyPassword(getPasswordHash({ id: user.id }), current))) {
    recordAudit({ action: "account.password_change_failed", userId: user.id, ipHash: attempt.ipHash });
    return { ok: false, field: "currentPassword", message: "Uw huidige wachtwoord klopt niet." };
  }
  await clearLoginAttempts(attempt);
  const userId = user.id;
  const common = commonPasswordError(next);
  if (common) return { ok: false, field: "newPassword", message: common };
  const passwordHash = await hashPassword(next);
  await inWriteTransaction(() => updateUser({ id: userId }, { passwordHash }, { endSessions: true }));
  recordAudit({ action: "account.password_changed", userId, targetType: "user", targetId: userId });
  return { ok: true };
}

export async function renameOwnAccount(userId: number, name: string): Promise<void> {
  await inWriteTransaction(() => updateUser({ id: userId }, { name }, { endSessions: false }));
  recordAudit({ action: "account.name_changed", userId, targetType: "user", targetId: userId });
}

export async function logOutEverywhere(userId: number): Promise<void> {
  await inWriteTransaction(() => updateUser({ id: userId }, {}, { endSessions: true }));
  recordAudit({ action: "account.sessions_ended", userId, targetType: "user", targetId: userId });
}

/** Sets a password through a one-time link. The link is claimed in one statement, so it works exactly once. */
export async function setPasswordWithToken(token: string, password: string): Promise<AccountResult> {
  const common = commonPasswordError(password);
  if (common) return { ok: false, field: "newPassword", message: common };
  const userId = await inWriteTransaction(() => claimPasswordToken({ tokenHash: hashPasswordToken(token) }));
  if (!userId) return { ok: false, message: "Deze link is verlopen of al gebruikt. Vraag een beheerder om een nieuwe." };
  const passwordHash = await hashPassword(password);
  await inWriteTransaction(() => updateUser({ id: userId }, { passwordHash }, { endSessions: true }));
  recordAudit({ action: "account.password_set_by_link", userId, targetType: "user", targetId: userId });
  return { ok: true };
}
