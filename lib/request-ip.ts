import "server-only";
import { keyedHash } from "./keyed-hash";

/**
 * The client's address. Next.js fills X-Forwarded-For with the socket address when it is absent; behind a
 * reverse proxy that appends the address it saw, the rightmost entry is the one the proxy vouches for.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").pop()?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}

/** The address as stored anywhere: a keyed hash, never in clear. */
export function hashIp(ip: string): string {
  return keyedHash("ip", ip);
}
