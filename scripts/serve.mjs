// The production server (`npm start`): Next.js behind a small front door that decides, once per request, which
// address the client has (TRUSTED_PROXY_HOPS), so no header a client sends can choose it. Listens on loopback
// unless HOST says otherwise: readers reach it through the reverse proxy.
import "./load-env.mjs";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createServer } from "node:http";
import next from "next";
import { startupProblems } from "../lib/config/startup-checks.mjs";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxyHops } from "../lib/http/client-address.mjs";
import { logEvent, routeConsoleToLog, runWithRequestId } from "../lib/log/log.mjs";

routeConsoleToLog();

// Refuse to start rather than run with a guessable key or announce the wrong address in every link.
const buildInfo = fs.existsSync(".next/newsroom-build.json") ? JSON.parse(fs.readFileSync(".next/newsroom-build.json", "utf8")) : {};
const problems = startupProblems(process.env, buildInfo);
if (problems.length) {
  for (const problem of problems) logEvent("error", "startup_refused", { problem });
  process.exit(1);
}

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || "127.0.0.1";
const hops = trustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
// Known only inside this process: lib/request-ip.ts trusts the header only when it carries this key.
const key = randomBytes(18).toString("base64url");
process.env.NEWSROOM_FRONT_DOOR_KEY = key;

// Every request gets a line when LOG_REQUESTS=1; otherwise only failures and slow answers (nginx keeps the access log).
const logEveryRequest = process.env.LOG_REQUESTS === "1";
const SLOW_MS = 1000;
// The shipped nginx passes its $request_id, so its access log and ours name the same request.
const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  const address = clientAddress({ socketAddress: request.socket.remoteAddress, forwardedFor: request.headers["x-forwarded-for"], hops });
  request.headers[CLIENT_ADDRESS_HEADER] = `${key} ${address}`;
  const forwardedId = hops > 0 ? request.headers["x-request-id"] : undefined;
  const requestId = typeof forwardedId === "string" && REQUEST_ID.test(forwardedId) ? forwardedId : randomBytes(8).toString("hex");
  response.setHeader("X-Request-Id", requestId);
  const started = performance.now();
  response.on("finish", () => {
    const ms = Math.round(performance.now() - started);
    if (!logEveryRequest && response.statusCode < 500 && ms < SLOW_MS) return;
    // The path without its query: a query may hold search terms or an address typed into a lookup.
    const path = (request.url ?? "/").split("?")[0];
    runWithRequestId(requestId, () =>
      logEvent(response.statusCode >= 500 ? "error" : "info", "request", { method: request.method, path, status: response.statusCode, ms }),
    );
  });
  runWithRequestId(requestId, () => handle(request, response));
});
server.listen(port, hostname, () => {
  logEvent("info", "listening", { url: `http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`, trustedProxies: hops });
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
