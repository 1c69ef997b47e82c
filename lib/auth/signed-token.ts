import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/secret";

// Short-lived facts the server hands a browser and must get back unchanged: a login halfway (password checked,
// second factor still to come) and a WebAuthn challenge. Signed, not encrypted: they hold nothing secret. The
// purpose is part of what is signed, so a token made for one use is worthless for another.

export type TokenPurpose = "pending-login" | "passkey-login" | "passkey-register";

function key(): Buffer {
  // A key of its own, derived from AUTH_SECRET, so these signatures never equal another use of the secret.
  return createHmac("sha256", authSecret()).update("signed-token-key").digest();
}

function mac(purpose: TokenPurpose, body: string): string {
  return createHmac("sha256", key()).update(`${purpose}.${body}`).digest("base64url");
}

/** `payload` plus its expiry, signed for `purpose`; valid for `ttlMs`. */
export function signToken(purpose: TokenPurpose, payload: Record<string, unknown>, ttlMs: number, now = Date.now()): string {
  const body = Buffer.from(JSON.stringify({ ...payload, exp: now + ttlMs })).toString("base64url");
  return `${body}.${mac(purpose, body)}`;
}

/** The payload when the token was signed by us for this purpose and has not expired; otherwise null. */
export function verifyToken<T extends Record<string, unknown>>(purpose: TokenPurpose, token: string | null | undefined, now = Date.now()): T | null {
  const [body, given, ...rest] = (token ?? "").split(".");
  if (!body || !given || rest.length) return null;
  const expected = Buffer.from(mac(purpose, body));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as T & { exp?: unknown };
    if (typeof payload.exp !== "number" || payload.exp <= now) return null;
    return payload;
  } catch {
    return null;
  }
}
