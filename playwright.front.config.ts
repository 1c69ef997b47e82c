// The front door suite (e2e-front/): nginx with deploy/nginx/newsroom.conf in front of the production server, as
// deploy/README.md sets it up. Runs after the main suite (`npm test`) and reuses its build: the server starts from
// the same .next, with the SITE_URL that build was made for, on its own fresh database.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions, dutchReader } from "./e2e/support/chromium";

const nginx = process.env.NGINX_PATH || "/usr/sbin/nginx";
if (!fs.existsSync(nginx)) {
  throw new Error(`No nginx found at ${nginx}: the front door tests need it. Install it with "apt-get install -y nginx-light" or set NGINX_PATH.`);
}
if (!fs.existsSync(".next/newsroom-build.json")) {
  throw new Error("No production build in .next: run the main suite first (npm run test:e2e builds it), or npm run build.");
}
const builtFor: string = JSON.parse(fs.readFileSync(".next/newsroom-build.json", "utf8")).siteUrl;

// Its own database, never the main suite's (an E2E_DATABASE_PATH set in the shell is ignored); set in the runner's
// process, so the workers' database helpers (e2e/support/database.ts) read the same file.
process.env.FRONT_DATABASE_PATH ||= path.join(fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-front-")), "newsroom.db");
process.env.E2E_DATABASE_PATH = process.env.FRONT_DATABASE_PATH;
// The build's forms carry tokens signed with the secret it was built with, and the server refuses another:
// scripts/e2e-server.mjs keeps it next to the build.
const builtSecret = ".next/e2e-auth-secret";
if (fs.existsSync(builtSecret)) process.env.E2E_AUTH_SECRET ||= fs.readFileSync(builtSecret, "utf8").trim();
process.env.E2E_AUTH_SECRET ||= crypto.randomBytes(32).toString("base64url");
const appPort = Number(process.env.FRONT_APP_PORT || 3160);
const httpsPort = Number(process.env.FRONT_HTTPS_PORT || 3180);
const httpPort = Number(process.env.FRONT_HTTP_PORT || 3181);
process.env.FRONT_HTTP_PORT = String(httpPort);

export default defineConfig({
  testDir: "e2e-front",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `https://127.0.0.1:${httpsPort}`,
    // The test certificate is self-signed.
    ignoreHTTPSErrors: true,
    trace: "retain-on-failure",
    ...dutchReader,
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: "front", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      // The main suite's server script without its build step: seeds this run's database, starts scripts/serve.mjs.
      command: "node scripts/e2e-server.mjs",
      url: `http://127.0.0.1:${appPort}/api/gezondheid`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        E2E_SKIP_BUILD: "1",
        DATABASE_PATH: process.env.E2E_DATABASE_PATH,
        PORT: String(appPort),
        SITE_URL: builtFor,
        MEDIA_DIR: path.join(path.dirname(process.env.E2E_DATABASE_PATH), "media"),
        AUTH_SECRET: process.env.E2E_AUTH_SECRET,
        NODE_ENV: "production",
        // As in production behind one nginx: the client is the rightmost X-Forwarded-For entry, the one nginx adds.
        TRUSTED_PROXY_HOPS: "1",
        // The editor logs in with a password only (see e2e/two-factor*.spec.ts for the second factor).
        STAFF_2FA_ROLES: "",
      },
    },
    {
      command: "node e2e-front/start-nginx.mjs",
      url: `https://127.0.0.1:${httpsPort}/api/gezondheid`,
      ignoreHTTPSErrors: true,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { FRONT_HTTPS_PORT: String(httpsPort), FRONT_HTTP_PORT: String(httpPort), FRONT_UPSTREAM: `127.0.0.1:${appPort}`, NGINX_PATH: nginx },
    },
  ],
});
