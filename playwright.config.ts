import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions, dutchReader } from "./e2e/support/chromium";


// One fresh database per run. Set here, in the runner's process, so workers inherit the same path.
if (!process.env.E2E_DATABASE_PATH) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-e2e-"));
  process.env.E2E_DATABASE_PATH = path.join(dir, "newsroom.db");
}
// Known to the tests too: they call the internal jobs route (retention "a year later") with its token.
// A build carries tokens signed with its secret (and the server refuses another), so a run that reuses the last
// build (E2E_SKIP_BUILD) reuses the secret it was built with.
const builtSecret = ".next/e2e-auth-secret";
if (process.env.E2E_SKIP_BUILD && fs.existsSync(builtSecret)) process.env.E2E_AUTH_SECRET ||= fs.readFileSync(builtSecret, "utf8").trim();
process.env.E2E_AUTH_SECRET ||= crypto.randomBytes(32).toString("base64url");
// The server's own log lines (JSON), for the logging tests; beside the database, fresh per run.
process.env.E2E_SERVER_LOG = path.join(path.dirname(process.env.E2E_DATABASE_PATH), "server.log");
const port = Number(process.env.E2E_PORT || 3100);
process.env.E2E_SMTP_PORT ||= "2526";
const smtpPort = Number(process.env.E2E_SMTP_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    ...dutchReader,
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /(database-lock|newsletter|two-factor-policy)\.spec\.ts/ },
    // Runs its own SMTP server on the mail tests' port and stops it for outages: after the other mail tests, not beside them.
    { name: "newsletter", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /newsletter\.spec\.ts/, dependencies: ["chromium"] },
    // After everything else, one at a time: the lock spec holds SQLite's write lock for seconds on purpose (no other
    // test's save waits); the policy spec makes a role require a second factor (no other test's login is sent to setup).
    { name: "exclusive", use: { ...devices["Desktop Chrome"], channel: undefined }, testMatch: /(database-lock|two-factor-policy)\.spec\.ts/, dependencies: ["newsletter"], workers: 1 },
  ],
  webServer: {
    // Migrate and seed the temporary database, build for production, start on loopback.
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      PORT: String(port),
      SITE_URL: baseURL,
      MEDIA_DIR: path.join(path.dirname(process.env.E2E_DATABASE_PATH), "media"),
      AUTH_SECRET: process.env.E2E_AUTH_SECRET,
      // Scheduled posts and queued mail go out within seconds instead of minutes.
      SCHEDULER_INTERVAL_SECONDS: "2",
      OUTBOX_RETRY_SECONDS: "1",
      // A real SMTP server on loopback, started by the mail tests (e2e/mail.spec.ts).
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "Newsroom tests <noreply@test.example>",
      GENERAL_INBOX_EMAIL: "inbox@test.example",
      // The 200-question test must not use up the hourly receipt cap that other tests' mail depends on.
      RECEIPTS_PER_HOUR: "1000",
      NODE_ENV: "production",
      // The test client plays the reverse proxy: its X-Forwarded-For gives each test its own client address.
      TRUSTED_PROXY_HOPS: "1",
      // Lets the tests run due jobs "a year later" (app/api/intern/taken); never set in production.
      NEWSROOM_TEST_HOOKS: "1",
      // No role needs a second factor, so the suites' admin and editor logins work; e2e/two-factor-policy.spec.ts turns it on.
      STAFF_2FA_ROLES: "",
      // One log line per request (the default logs only failures and slow answers), copied to this file.
      LOG_REQUESTS: "1",
      E2E_SERVER_LOG: process.env.E2E_SERVER_LOG,
    },
  },
});
