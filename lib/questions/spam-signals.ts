import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/secret";

export const MIN_FILL_MS = 3000;
/** A token older than this was kept and replayed, not typed into: pages with the form render afresh at least hourly. */
export const MAX_TOKEN_AGE_MS = 7 * 24 * 3600_000;

function sign(value: string): string {
  return createHmac("sha256", authSecret()).update(`question-form:${value}`).digest("base64url").slice(0, 22);
}

/** A signed "form shown at" time, rendered into the form (cached pages carry the time of their render). */
export function formToken(now = Date.now()): string {
  return `${now}.${sign(String(now))}`;
}

/** Milliseconds since the form was rendered; null when the token is missing, malformed or not signed by us. */
function tokenAge(token: string, now: number): number | null {
  const [time, mac] = token.split(".");
  if (!time || !mac || !/^\d{13}$/.test(time)) return null;
  const expected = Buffer.from(sign(time));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return now - Number(time);
}

/**
 * Why a submission looks automated, or null. Suspected spam is stored as spam, never thrown away.
 * - A filled honeypot.
 * - No valid signed render time: the post never loaded our form (or forged the token). Only the server's signature
 *   counts; a page cached under an earlier AUTH_SECRET therefore files its questions as spam, where staff still
 *   see them.
 * - A token older than a week: scraped once and replayed (a page in a reader's cache that old is rare; its
 *   question still reaches the inbox, under spam).
 * - Sent within MIN_FILL_MS of the render. The browser's own measurement (fillMs, sent by the form's script) can
 *   only add suspicion: it never overrules the signed time.
 */
export function spamReason(input: { website: string; formToken: string; fillMs: number | null }, now = Date.now()): string | null {
  if (input.website.trim() !== "") return "honeypot";
  const age = tokenAge(input.formToken, now);
  if (age === null) return "no-form";
  if (age > MAX_TOKEN_AGE_MS) return "old-form";
  if (age < MIN_FILL_MS || (input.fillMs !== null && input.fillMs < MIN_FILL_MS)) return "too-fast";
  return null;
}
