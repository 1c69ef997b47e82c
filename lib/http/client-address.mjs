// Which address a request came from, decided once per request by the front door (scripts/serve.mjs) and read by
// the app through lib/request-ip.ts. Plain JavaScript: the front door runs without a compiler.

/** The header the front door sets: "<per-process key> <address>". A client cannot forge it without the key. */
export const CLIENT_ADDRESS_HEADER = "x-newsroom-client";

/**
 * TRUSTED_PROXY_HOPS: how many reverse proxies in front of the server append to X-Forwarded-For.
 * 0 (the default) trusts nothing the client sends; only whole numbers 0-5 are accepted.
 */
export function trustedProxyHops(value) {
  if (value === undefined || value === "") return 0;
  if (!/^[0-5]$/.test(value.trim())) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 5, not "${value}"`);
  return Number(value);
}

/**
 * The client's address: the socket's own with no trusted proxy; behind N proxies, the entry the outermost trusted
 * proxy appended (the N-th from the right of X-Forwarded-For plus the socket). Entries to the left of it were
 * written by the client and are ignored. A request that reached us through fewer proxies (the chain is shorter)
 * gets the leftmost entry there is.
 */
export function clientAddress({ socketAddress, forwardedFor, hops }) {
  const socket = normalise(socketAddress) || "unknown";
  if (hops === 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [...header.split(",").map(normalise).filter(Boolean), socket];
  return chain[Math.max(0, chain.length - 1 - hops)];
}

/** "::ffff:192.0.2.1" is the IPv4 address 192.0.2.1 on a dual-stack socket; drop ports and brackets. */
function normalise(value) {
  let address = (value ?? "").trim().toLowerCase();
  if (address.startsWith("[")) address = address.slice(1, address.indexOf("]") > 0 ? address.indexOf("]") : undefined);
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (address.startsWith("::ffff:") && address.includes(".")) address = address.slice(7);
  return /^[0-9a-f:.]{2,45}$/.test(address) ? address : "";
}
