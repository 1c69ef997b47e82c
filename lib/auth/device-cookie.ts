import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/secret";
import { siteUrl } from "@/lib/site";

// A browser that has logged in to an account before carries a signed device cookie for that account (OWASP's
// "device cookies"). Its attempts are counted per device, not against the account, so an attacker who fails 30
// times a quarter hour from elsewhere cannot keep the owner out. The cookie names no account: it is only valid
// together with the e-mail address typed at login.

export const DEVICE_COOKIE = "newsroom-device";
const DEVICE_DAYS = 180;

function mac(email: string, id: string, issuedAt: string): string {
  return createHmac("sha256", authSecret()).update(`device:${email.trim().toLowerCase()}:${id}:${issuedAt}`).digest("base64url").slice(0, 32);
}

/** The cookie to set after a successful login. */
export function deviceCookie(email: string, now = Date.now()) {
  const id = randomBytes(12).toString("base64url");
  const issuedAt = String(now);
  return {
    name: DEVICE_COOKIE,
    value: `${id}.${issuedAt}.${mac(email, id, issuedAt)}`,
    options: { httpOnly: true, sameSite: "lax" as const, secure: siteUrl().startsWith("https://"), path: "/", maxAge: DEVICE_DAYS * 24 * 3600 },
  };
}

/** The device id when `value` is a valid, unexpired device cookie for this account; otherwise null. */
export function trustedDevice(value: string | undefined | null, email: string, now = Date.now()): string | null {
  const [id, issuedAt, given] = (value ?? "").split(".");
  if (!id || !issuedAt || !given || !/^\d{13}$/.test(issuedAt)) return null;
  if (now - Number(issuedAt) > DEVICE_DAYS * 24 * 3600_000) return null;
  const expected = Buffer.from(mac(email, id, issuedAt));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? id : null;
}

/** The device cookie's value from a Cookie header. */
export function deviceCookieFrom(cookieHeader: string | null): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === DEVICE_COOKIE) return rest.join("=");
  }
  return null;
}
