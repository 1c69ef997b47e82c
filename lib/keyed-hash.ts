import "server-only";
import { createHmac } from "node:crypto";
import { authSecret } from "./secret";


/** A keyed hash: usable as a rate-limit key or in the audit log, not reversible without AUTH_SECRET. */
export function keyedHash(kind: "ip" | "email", value: string): string {
  return createHmac("sha256", authSecret()).update(`${kind}:${value}`).digest("base64url").slice(0, 32);
}
