// `npm run demo`: migrate, load demo content, build for production and start on http://localhost:$PORT.
import { execFileSync, spawn } from "node:child_process";

const port = process.env.PORT || "3000";
const run = (args) => execFileSync("npm", args, { stdio: "inherit", env: process.env });

run(["run", "db:seed"]);
run(["run", "build"]);

console.log(`\nThe newsroom is starting on http://localhost:${port}\n`);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
