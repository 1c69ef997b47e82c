import "server-only";
import { createHmac } from "node:crypto";

function key(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret && process.env.NODE_ENV === "production") throw new Error("AUTH_SECRET is required in production");
  return secret || "development-only-key";
}

/** A keyed hash: usable as a rate-limit key or in the audit log, not reversible without AUTH_SECRET. */
export function keyedHash(kind: "ip" | "email", value: string): string {
  return createHmac("sha256", key()).update(`${kind}:${value}`).digest("base64url").slice(0, 32);
}
