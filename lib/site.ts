// Site-wide settings read from the environment (see .env.example).
export const SITE_NAME = process.env.SITE_NAME || "EU Kennisbureau";

/** Absolute origin for canonical URLs, feeds and Open Graph; no trailing slash. */
export function siteUrl(): string {
  return (process.env.SITE_URL || "http://localhost:3000").replace(/\/+$/, "");
}
