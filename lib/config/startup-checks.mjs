// What the production server refuses to start without (scripts/serve.mjs). Plain JavaScript: it runs before
// Next.js, without a compiler. Each problem is one sentence an operator can act on.

import { createHash } from "node:crypto";

export const MIN_SECRET_LENGTH = 32;

/**
 * A short fingerprint of AUTH_SECRET (not the secret: 48 bits of a hash of it), to tell whether a build was made with
 * the secret the server runs with. Prerendered forms carry tokens signed with the build's secret.
 */
export function secretFingerprint(secret) {
  return createHash("sha256").update(`newsroom-build:${secret ?? ""}`).digest("hex").slice(0, 12);
}

/**
 * Problems with the environment of a production server, or []. `build` is what the build was made with
 * (.next/newsroom-build.json): prerendered pages, feeds and share links carry its SITE_URL, and its forms carry tokens
 * signed with its AUTH_SECRET, so both must match.
 */
export function startupProblems(env, build = {}) {
  const builtFor = build.siteUrl;
  const problems = [];
  const secret = env.AUTH_SECRET ?? "";
  if (secret.length < MIN_SECRET_LENGTH) {
    problems.push(`AUTH_SECRET must be set to a random value of at least ${MIN_SECRET_LENGTH} characters (it signs sessions and keys address hashes).`);
  }
  const site = env.SITE_URL ?? "";
  if (!site) problems.push("SITE_URL must be set to the public origin, such as https://nieuws.example.org.");
  else if (!isOrigin(site)) problems.push(`SITE_URL must be an http(s) origin without a path, not "${site}".`);
  else if (builtFor !== undefined && normaliseOrigin(site) !== builtFor) {
    problems.push(`This build was made for SITE_URL=${builtFor || "(unset)"}, but the server runs with ${normaliseOrigin(site)}: run npm run build again.`);
  }
  if (secret.length >= MIN_SECRET_LENGTH && build.secret !== undefined && build.secret !== secretFingerprint(secret)) {
    problems.push("This build was made with another AUTH_SECRET (its forms carry tokens signed with it): run npm run build again.");
  }
  return problems;
}

export function normaliseOrigin(value) {
  return (value ?? "").trim().replace(/\/+$/, "");
}

function isOrigin(value) {
  try {
    const url = new URL(normaliseOrigin(value));
    return (url.protocol === "https:" || url.protocol === "http:") && url.pathname === "/" && !url.search && !url.hash;
  } catch {
    return false;
  }
}
