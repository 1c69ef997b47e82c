import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// The scheduler in this process is the only caller of the jobs route. Its credential is made at process start and
// never leaves the process; globalThis shares it between the instrumentation bundle and the route's bundle.
const slot = Symbol.for("newsroom.internalJobsToken");
type Holder = { [slot]?: string };

export function internalToken(): string {
  const holder = globalThis as Holder;
  holder[slot] ??= randomBytes(32).toString("base64url");
  return holder[slot];
}

/**
 * Test runs (NEWSROOM_TEST_HOOKS=1, set only by playwright.config.ts) also accept a token the test process can
 * derive from its AUTH_SECRET, and may pass a `now` to run jobs as if time had passed.
 */
export function testHooksEnabled(): boolean {
  return process.env.NEWSROOM_TEST_HOOKS === "1" && process.env.NODE_ENV !== "development";
}

function testToken(): string | null {
  const secret = process.env.AUTH_SECRET;
  return testHooksEnabled() && secret ? createHmac("sha256", secret).update("newsroom:test-jobs").digest("base64url") : null;
}

function same(given: string, expected: string | null): boolean {
  if (!expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function isInternalRequest(request: Request): boolean {
  const given = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  return same(given, internalToken()) || same(given, testToken());
}
