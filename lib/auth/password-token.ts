import "server-only";
import { createHash, randomBytes } from "node:crypto";

export const PASSWORD_TOKEN_HOURS = 72;

/** A one-time set-password token: the link gets the token, the database only its hash. */
export function newPasswordToken(): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashPasswordToken(token), expiresAt: new Date(Date.now() + PASSWORD_TOKEN_HOURS * 3600_000) };
}

export function hashPasswordToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
