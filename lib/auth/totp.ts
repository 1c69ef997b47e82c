import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { authSecret } from "@/lib/secret";
import { SITE_NAME } from "@/lib/site";

// TOTP as every authenticator app knows it (RFC 6238): SHA-1, 6 digits, 30 seconds. One step either side is
// accepted for clock drift; a code is accepted once: its step must be later than the last one accepted.

const PERIOD = 30;
const WINDOW = 1;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = ""): TOTP {
  return new TOTP({ issuer: SITE_NAME, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

/** The secret in groups of four, as people type it into an app by hand. */
export function readableSecret(secret: string): string {
  return secret.match(/.{1,4}/g)!.join(" ");
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "wrong" | "reused" };

/** Whether `code` is valid at `now` and, if so, for which time step; a step not after `lastStep` is a replay. */
export function checkTotp({ secret, code, now = Date.now(), lastStep }: { secret: string; code: string; now?: number; lastStep: number | null }): TotpCheck {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: "wrong" };
  const delta = totp(secret).validate({ token, timestamp: now, window: WINDOW });
  if (delta === null) return { ok: false, reason: "wrong" };
  const step = TOTP.counter({ period: PERIOD, timestamp: now }) + delta;
  if (lastStep !== null && step <= lastStep) return { ok: false, reason: "reused" };
  return { ok: true, step };
}

// The secret is stored encrypted (AES-256-GCM) with a key derived from AUTH_SECRET: a copy of the database
// alone does not let anyone compute codes.
function boxKey(): Buffer {
  return createHmac("sha256", authSecret()).update("totp-secret-key").digest();
}

export function sealTotpSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", boxKey(), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), sealed.toString("base64url")].join(".");
}

/** The secret, or null when it was sealed with another AUTH_SECRET (or altered). */
export function openTotpSecret(stored: string | null): string | null {
  const [version, iv, tag, sealed] = (stored ?? "").split(".");
  if (version !== "v1" || !iv || !tag || !sealed) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", boxKey(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
