import "server-only";
import { CLIENT_ADDRESS_HEADER } from "./http/client-address.mjs";
import { keyedHash } from "./keyed-hash";
import { logEvent } from "@/lib/log/log.mjs";

let warned = false;

/**
 * The client's address, as the front door (scripts/serve.mjs) decided it from the socket and TRUSTED_PROXY_HOPS.
 * The header counts only with the front door's per-process key, so a client cannot send its own. Without the front
 * door (`next dev`, or `next start` run by hand) every client shares the address "unknown": per-address limits
 * then hold for everyone together rather than for no one.
 */
export function clientIp(headers: Headers): string {
  const key = process.env.NEWSROOM_FRONT_DOOR_KEY;
  const value = headers.get(CLIENT_ADDRESS_HEADER);
  if (key && value?.startsWith(`${key} `)) return value.slice(key.length + 1);
  if (!warned && process.env.NODE_ENV === "production") {
    warned = true;
    logEvent("warn", "client_address_unknown", { hint: "start the server with `npm start` (scripts/serve.mjs)" });
  }
  return "unknown";
}

/** The address as stored anywhere: a keyed hash, never in clear. */
export function hashIp(ip: string): string {
  return keyedHash("ip", ip);
}
