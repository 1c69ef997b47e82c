import "server-only";
import { siteUrl } from "@/lib/site";
import { signToken, verifyToken } from "./signed-token";

// Between the password and the second factor: who proved the password, for which session version, until when.
// Kept in an httpOnly cookie for the login page only; it lets nobody in, it only says whom the code is for.

export const PENDING_LOGIN_COOKIE = "newsroom-pending-login";
export const PENDING_LOGIN_MS = 5 * 60_000;

export type PendingLogin = { uid: number; sv: number };

export function pendingLoginCookie(login: PendingLogin, now = Date.now()) {
  return {
    name: PENDING_LOGIN_COOKIE,
    value: signToken("pending-login", login, PENDING_LOGIN_MS, now),
    options: { httpOnly: true, sameSite: "lax" as const, secure: siteUrl().startsWith("https://"), path: "/inloggen", maxAge: PENDING_LOGIN_MS / 1000 },
  };
}

/** The login this token stands for, when we signed it and it has not expired. */
export function readPendingLogin(token: string | null | undefined, now = Date.now()): PendingLogin | null {
  const payload = verifyToken<{ uid?: unknown; sv?: unknown }>("pending-login", token, now);
  if (!payload || typeof payload.uid !== "number" || typeof payload.sv !== "number") return null;
  return { uid: payload.uid, sv: payload.sv };
}
