import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { findUserByPasswordToken, getPasswordHash, setPasswordToken, updateUser } from "@/db/queries/users";
import { commonPasswordError, type AccountResult } from "./accounts";
import { hashPassword, verifyPassword } from "./password";
import { hashPasswordToken } from "./password-token";

/** Changing a password ends every session of that user, this one included. */
export async function changeOwnPassword(userId: number, current: string, next: string): Promise<AccountResult> {
  if (!(await verifyPassword(getPasswordHash({ id: userId }), current))) {
    return { ok: false, field: "currentPassword", message: "Uw huidige wachtwoord klopt niet." };
  }
  const common = commonPasswordError(next);
  if (common) return { ok: false, field: "newPassword", message: common };
  updateUser({ id: userId }, { passwordHash: await hashPassword(next) }, { endSessions: true });
  recordAudit({ action: "account.password_changed", userId, targetType: "user", targetId: userId });
  return { ok: true };
}

export function logOutEverywhere(userId: number): void {
  updateUser({ id: userId }, {}, { endSessions: true });
  recordAudit({ action: "account.sessions_ended", userId, targetType: "user", targetId: userId });
}

/** Sets a password through a one-time link; the link is used up. */
export async function setPasswordWithToken(token: string, password: string): Promise<AccountResult> {
  const user = findUserByPasswordToken({ tokenHash: hashPasswordToken(token) });
  if (!user) return { ok: false, message: "Deze link is verlopen of al gebruikt. Vraag een beheerder om een nieuwe." };
  const common = commonPasswordError(password);
  if (common) return { ok: false, field: "newPassword", message: common };
  updateUser({ id: user.id }, { passwordHash: await hashPassword(password) }, { endSessions: true });
  setPasswordToken({ id: user.id }, null, null);
  recordAudit({ action: "account.password_set_by_link", userId: user.id, targetType: "user", targetId: user.id });
  return { ok: true };
}
