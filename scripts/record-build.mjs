// After `next build`: remember which SITE_URL the build was made with. Prerendered pages, feeds and share links
// carry it, so scripts/serve.mjs refuses to serve this build under another one.
import fs from "node:fs";
import { normaliseOrigin } from "../lib/config/startup-checks.mjs";

fs.writeFileSync(".next/newsroom-build.json", `${JSON.stringify({ siteUrl: normaliseOrigin(process.env.SITE_URL) }, null, 2)}\n`);
