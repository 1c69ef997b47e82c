// Started by Playwright: prepares the temporary database (demo content + test accounts via the CLI),
// builds for production and serves on 127.0.0.1.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";

const port = process.env.PORT || "3100";
const env = { ...process.env, AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1" };
const run = (args, extra = {}) => execFileSync("npm", args, { stdio: "inherit", env: { ...env, ...extra } });

run(["run", "db:seed"]);
const accounts = JSON.parse(fs.readFileSync(new URL("../e2e/accounts.json", import.meta.url), "utf8"));
for (const a of Object.values(accounts)) {
  const person = a.person ? ["--person", a.person] : [];
  run(["run", "--silent", "user:create", "--", "--email", a.email, "--name", a.name, "--role", a.role, ...person], { NEWSROOM_USER_PASSWORD: a.password });
}
if (!process.env.E2E_SKIP_BUILD) {
  run(["run", "build"]);
  // For a later E2E_SKIP_BUILD run (playwright.config.ts): the build's forms carry tokens signed with this secret.
  fs.writeFileSync(".next/e2e-auth-secret", env.AUTH_SECRET);
}

const server = spawn(process.execPath, ["scripts/serve.mjs"], { stdio: ["ignore", "pipe", "pipe"], env: { ...env, HOST: "127.0.0.1", PORT: port } });
// Info lines (one per request) go to a file the logging tests read (e2e/logs.spec.ts); warnings and errors are shown
// as well, so a failing run still says what went wrong.
const logFile = env.E2E_SERVER_LOG ? fs.createWriteStream(env.E2E_SERVER_LOG, { flags: "a" }) : null;
server.stdout.pipe(logFile ?? process.stdout);
server.stderr.pipe(process.stderr);
if (logFile) server.stderr.pipe(logFile);
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
