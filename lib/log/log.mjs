// Server logs: one JSON line per event with the request's id, never an e-mail address (house rule: no personal data
// in logs). Plain .mjs so the front door (scripts/serve.mjs) and the bundled app share it; the request context lives
// on globalThis because Next.js bundles its own copy of this module.
import { AsyncLocalStorage } from "node:async_hooks";
import { format } from "node:util";

const CONTEXT = Symbol.for("newsroom.log.context");
/** @type {AsyncLocalStorage<{ requestId: string }>} */
const context = (globalThis[CONTEXT] ??= new AsyncLocalStorage());

// Good enough to catch every address a mail server or a library might echo in an error message.
const EMAIL = /[^\s@<>"'(),;:[\]]+@[^\s@<>"'(),;:[\]]+\.[a-z]{2,}/gi;

export function redact(text) {
  return String(text).replace(EMAIL, "[e-mail]");
}

export function runWithRequestId(requestId, fn) {
  return context.run({ requestId }, fn);
}

export function currentRequestId() {
  return context.getStore()?.requestId;
}

// Kept before routeConsoleToLog replaces the console, so a log line never loops back into itself.
const write = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
};

export function logEvent(level, event, fields = {}) {
  const entry = { time: new Date().toISOString(), level, event, requestId: currentRequestId(), ...fields };
  const line = JSON.stringify(entry, (_key, value) => {
    if (typeof value === "string") return redact(value);
    if (value instanceof Error) return redact(value.message);
    return value;
  });
  (level === "error" || level === "warn" ? write.err : write.out)(line);
}

/** The framework's own messages (and any stray console call) become JSON lines too. */
export function routeConsoleToLog() {
  const levels = { log: "info", info: "info", warn: "warn", error: "error" };
  for (const [method, level] of Object.entries(levels)) {
    console[method] = (...args) => logEvent(level, "console", { message: format(...args) });
  }
}
