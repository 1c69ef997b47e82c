import "server-only";
import { createHmac, randomInt } from "node:crypto";
import { authSecret } from "@/lib/secret";

// Ten one-time codes for when the authenticator app is out of reach. Ten random characters each (about 50 bits),
// so a keyed hash is enough to store them: guessing is limited like passwords, and the hash needs AUTH_SECRET.

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: codes are read off paper.
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The stored form of a code for one account; spaces, dashes and capitals as typed do not matter. */
export function hashRecoveryCode(userId: number, code: string): string {
  const normalised = code.toLowerCase().replace(/[^a-z0-9]/g, "");
  return createHmac("sha256", authSecret()).update(`recovery-code:${userId}:${normalised}`).digest("base64url");
}

/** Looks like a recovery code rather than a six-digit TOTP code. */
export function looksLikeRecoveryCode(code: string): boolean {
  return code.replace(/[\s-]/g, "").length === 10;
}
