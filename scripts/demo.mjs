// `npm run demo`: migrate, load demo content and demo logins, build for production, start on http://localhost:$PORT.
import "./load-env.mjs";
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";

const port = process.env.PORT || "3000";
const run = (args) => execFileSync("npm", args, { stdio: "inherit", env: process.env });

// Auth.js needs a secret in production; make one for this machine, once, outside version control.
const envFile = ".env.local";
const env = fs.existsSync(envFile) ? fs.readFileSync(envFile, "utf8") : "";
if (!/^AUTH_SECRET=/m.test(env) && !process.env.AUTH_SECRET) {
  fs.appendFileSync(envFile, `${env && !env.endsWith("\n") ? "\n" : ""}AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
  console.log(`Created AUTH_SECRET in ${envFile}`);
}

// The demo's public address; a production install sets SITE_URL itself (the server refuses to start without it).
process.env.SITE_URL ||= `http://localhost:${port}`;

run(["run", "db:seed", "--", "--demo-accounts"]);
run(["run", "build"]);

console.log(`\nThe newsroom is starting on http://${process.env.HOST || "127.0.0.1"}:${port} (log in at /inloggen with a demo login above)`);
// The demo keeps the production policy, so the second factor can be tried: admin and editor set one up at first login.
const roles = process.env.STAFF_2FA_ROLES ?? "admin,editor";
console.log(
  roles.trim()
    ? `Second factor required for: ${roles} (set up an authenticator app or a passkey at first login; STAFF_2FA_ROLES= npm run demo turns it off)\n`
    : "Second factor not required (STAFF_2FA_ROLES is empty)\n",
);
// Loopback only, like `npm start`: the printed demo passwords are not for the network. HOST=0.0.0.0 exposes it.
const server = spawn(process.execPath, ["scripts/serve.mjs"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
