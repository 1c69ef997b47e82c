import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

export const MIN_FILL_MS = 3000;

function sign(value: string): string {
  const secret = process.env.AUTH_SECRET || "development-only-key";
  return createHmac("sha256", secret).update(`question-form:${value}`).digest("base64url").slice(0, 22);
}

/** A signed "form shown at" time, rendered into the form (cached pages carry the time of their render). */
export function formToken(now = Date.now()): string {
  return `${now}.${sign(String(now))}`;
}

/** Milliseconds since the form was rendered; null when the token was not made with the current secret. */
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
 * - With JavaScript, the browser reports how long the form was open.
 * - Without it, the signed render time stands in; a post without any token never loaded our form. A token signed
 *   with an older secret (a page cached before AUTH_SECRET changed) is given the benefit of the doubt.
 */
export function spamReason(input: { website: string; formToken: string; fillMs: number | null }, now = Date.now()): string | null {
  if (input.website.trim() !== "") return "honeypot";
  if (input.fillMs !== null) return input.fillMs < MIN_FILL_MS ? "too-fast" : null;
  if (!input.formToken) return "no-form";
  const age = tokenAge(input.formToken, now);
  return age !== null && age < MIN_FILL_MS ? "too-fast" : null;
}
