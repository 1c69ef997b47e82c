import "server-only";

/**
 * AUTH_SECRET, the root of every key the server uses (sessions, address hashes, form tokens, device cookies).
 * The production server refuses to start without it (lib/config/startup-checks.mjs); development and unit tests
 * fall back to a constant so they run without configuration.
 */
export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === "production") throw new Error("AUTH_SECRET is required in production");
  return "development-only-key";
}
