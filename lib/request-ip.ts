import "server-only";
import { createHmac } from "node:crypto";

/**
 * The client's address. Next.js fills X-Forwarded-For with the socket address when it is absent; behind a
 * reverse proxy that appends the address it saw, the rightmost entry is the one the proxy vouches for.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").pop()?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}

function hashKey(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret && process.env.NODE_ENV === "production") throw new Error("AUTH_SECRET is required in production");
  return secret || "development-only-key";
}

/** A keyed hash of an IP address: usable as a rate-limit key and in logs, not reversible to the address. */
export function hashIp(ip: string): string {
  return createHmac("sha256", hashKey()).update(`ip:${ip}`).digest("base64url").slice(0, 32);
}
