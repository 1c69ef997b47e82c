// After `next build`: remember which SITE_URL and which AUTH_SECRET (a fingerprint) the build was made with.
// Prerendered pages, feeds and share links carry the one, prerendered forms tokens signed with the other, so
// scripts/serve.mjs refuses to serve this build under different ones.
import "./load-env.mjs";
import fs from "node:fs";
import { normaliseOrigin, secretFingerprint } from "../lib/config/startup-checks.mjs";

const build = { siteUrl: normaliseOrigin(process.env.SITE_URL), secret: secretFingerprint(process.env.AUTH_SECRET) };
fs.writeFileSync(".next/newsroom-build.json", `${JSON.stringify(build, null, 2)}\n`);
