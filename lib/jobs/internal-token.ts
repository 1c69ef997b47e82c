import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

// The scheduler calls the jobs route over loopback; this token, derived from AUTH_SECRET, is its credential.
export function internalToken(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is required for background jobs");
  return createHmac("sha256", secret).update("newsroom:internal-jobs").digest("base64url");
}

export function isInternalRequest(request: Request): boolean {
  const given = Buffer.from(request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(internalToken());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
