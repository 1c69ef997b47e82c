// Started by Playwright: prepares the temporary database, builds for production and serves on 127.0.0.1.
import { execFileSync, spawn } from "node:child_process";

const port = process.env.PORT || "3100";
const run = (args) => execFileSync("npm", args, { stdio: "inherit", env: process.env });

run(["run", "db:seed"]);
if (!process.env.E2E_SKIP_BUILD) run(["run", "build"]);

const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", port], { stdio: "inherit", env: process.env });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
