import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/secret";

// Links in newsletter mail that act for a subscriber without a login: confirm, unsubscribe, change sections.
// A token is `<subscriber id>.<purpose>.<expiry>.<mac>`: the MAC covers all three, with a key derived from
// AUTH_SECRET for this use only, so a token for one purpose (or one subscriber) never works for another.

export const LINK_PURPOSES = ["confirm", "unsubscribe", "preferences"] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

const DAY_MS = 24 * 3600_000;
/** Confirmation links live as long as an unconfirmed sign-up; the others as long as an old mail may be read. */
export const LINK_LIFETIME_MS: Record<LinkPurpose, number> = { confirm: 7 * DAY_MS, unsubscribe: 730 * DAY_MS, preferences: 730 * DAY_MS };

function key(): Buffer {
  return createHmac("sha256", authSecret()).update("newsletter-links").digest();
}

function mac(payload: string): string {
  return createHmac("sha256", key()).update(payload).digest("base64url").slice(0, 32);
}

export function signLink({ subscriberId, purpose, now = Date.now() }: { subscriberId: number; purpose: LinkPurpose; now?: number }): string {
  const payload = `${subscriberId}.${purpose}.${now + LINK_LIFETIME_MS[purpose]}`;
  return `${payload}.${mac(payload)}`;
}

export type LinkCheck = { ok: true; subscriberId: number } | { ok: false; reason: "invalid" | "expired" };

/** The subscriber a token was made for, if it is ours, for this purpose and not expired. */
export function verifyLink(token: string | undefined | null, purpose: LinkPurpose, now = Date.now()): LinkCheck {
  const parts = (token ?? "").split(".");
  if (parts.length !== 4) return { ok: false, reason: "invalid" };
  const [id, given, expires, signature] = parts as [string, string, string, string];
  if (!/^\d{1,12}$/.test(id) || given !== purpose || !/^\d{13}$/.test(expires)) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(mac(`${id}.${given}.${expires}`));
  const actual = Buffer.from(signature);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return { ok: false, reason: "invalid" };
  if (Number(expires) < now) return { ok: false, reason: "expired" };
  return { ok: true, subscriberId: Number(id) };
}
