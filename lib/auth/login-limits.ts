import "server-only";
import { RateLimiterRes, RateLimiterSQLite } from "rate-limiter-flexible";
import { db } from "@/db/client";
import { withWriteRetry } from "@/lib/database-busy";

// Failed logins are counted per account+address (5 per 15 minutes), per address (30 per hour) and per account
// from all addresses together (30 per 15 minutes, which stops a spread-out attack on one account). Every
// lock-out lasts only its window, so nobody can be locked out for good.
const LIMITS = {
  accountIp: { points: 5, duration: 15 * 60 },
  ip: { points: 30, duration: 60 * 60 },
  account: { points: 30, duration: 15 * 60 },
} as const;

type Name = keyof typeof LIMITS;
let limiters: Record<Name, RateLimiterSQLite> | undefined;

function get(): Record<Name, RateLimiterSQLite> {
  const storeClient = db().$client;
  const make = (name: Name) =>
    new RateLimiterSQLite({ storeClient, storeType: "better-sqlite3", tableName: "rate_limits", tableCreated: true, keyPrefix: `login_${name}`, ...LIMITS[name] });
  limiters ??= { accountIp: make("accountIp"), ip: make("ip"), account: make("account") };
  return limiters;
}

function keys(email: string, ipHash: string): Record<Name, string> {
  const account = email.trim().toLowerCase();
  return { accountIp: `${account}|${ipHash}`, ip: ipHash, account };
}

/**
 * Takes one attempt from every counter before the password is checked, so parallel guesses cannot all slip
 * through; returns the wait in milliseconds when a counter is exhausted, 0 when the attempt may go ahead.
 */
export async function takeLoginAttempt(email: string, ipHash: string): Promise<number> {
  const l = get();
  const k = keys(email, ipHash);
  // Each counter is one upsert, retried on its own while the database is locked (so none counts twice).
  const results = await Promise.allSettled((Object.keys(LIMITS) as Name[]).map((name) => withWriteRetry(() => l[name].consume(k[name]))));
  const refused = results.flatMap((r) => (r.status === "rejected" && r.reason instanceof RateLimiterRes ? [r.reason.msBeforeNext] : []));
  const failed = results.find((r) => r.status === "rejected" && !(r.reason instanceof RateLimiterRes));
  if (failed && failed.status === "rejected") throw failed.reason;
  return refused.length ? Math.max(...refused) : 0;
}

/** How long this account+address must still wait, without taking an attempt. */
export async function loginBlockedFor(email: string, ipHash: string): Promise<number> {
  const l = get();
  const k = keys(email, ipHash);
  const waits = await Promise.all(
    (Object.keys(LIMITS) as Name[]).map(async (name) => {
      const res = await l[name].get(k[name]);
      return res && res.consumedPoints > LIMITS[name].points ? res.msBeforeNext : 0;
    }),
  );
  return Math.max(...waits);
}

/** A successful login gives back its attempt and clears the account's counters. */
export async function clearLoginAttempts(email: string, ipHash: string): Promise<void> {
  const l = get();
  const k = keys(email, ipHash);
  await Promise.all([withWriteRetry(() => l.accountIp.delete(k.accountIp)), withWriteRetry(() => l.account.delete(k.account)), withWriteRetry(() => l.ip.reward(k.ip, 1))]);
}
