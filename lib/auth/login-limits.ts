import "server-only";
import { RateLimiterRes, RateLimiterSQLite } from "rate-limiter-flexible";
import { db } from "@/db/client";
import { withWriteRetry } from "@/lib/database-busy";

// Failed logins are counted so that guessing is slow and the owner is never locked out:
// - a browser without a device cookie for the account: per account+address (5 per 15 minutes), per address
//   (30 per hour) and per account over all such browsers (30 per 15 minutes, which stops a spread-out attack);
// - a browser with a valid device cookie for the account (it logged in there before): per device only
//   (10 per 15 minutes), so the per-account count an attacker runs up elsewhere does not keep the owner out.
// Every refusal lasts only its window. Attempts are taken before the password is checked (no parallel slip-through).
const LIMITS = {
  accountIp: { points: 5, duration: 15 * 60 },
  ip: { points: 30, duration: 60 * 60 },
  account: { points: 30, duration: 15 * 60 },
  device: { points: 10, duration: 15 * 60 },
} as const;

type Name = keyof typeof LIMITS;
let limiters: Record<Name, RateLimiterSQLite> | undefined;

function get(): Record<Name, RateLimiterSQLite> {
  const storeClient = db().$client;
  const make = (name: Name) =>
    new RateLimiterSQLite({ storeClient, storeType: "better-sqlite3", tableName: "rate_limits", tableCreated: true, keyPrefix: `login_${name}`, ...LIMITS[name] });
  limiters ??= { accountIp: make("accountIp"), ip: make("ip"), account: make("account"), device: make("device") };
  return limiters;
}

/** Who is trying: the account typed, the client's address hash, and the verified device id (or null). */
export type Attempt = { email: string; ipHash: string; device: string | null };

function counters({ email, ipHash, device }: Attempt): [Name, string][] {
  const account = email.trim().toLowerCase();
  if (device) return [["device", `${account}|${device}`]];
  return [["accountIp", `${account}|${ipHash}`], ["ip", ipHash], ["account", account]];
}

/**
 * Takes one attempt from every counter that applies before the password is checked, so parallel guesses cannot
 * all slip through; returns the wait in milliseconds when a counter is exhausted, 0 when the attempt may go ahead.
 */
export async function takeLoginAttempt(attempt: Attempt): Promise<number> {
  const l = get();
  // Each counter is one upsert, retried on its own while the database is locked (so none counts twice).
  const results = await Promise.allSettled(counters(attempt).map(([name, key]) => withWriteRetry(() => l[name].consume(key))));
  const refused = results.flatMap((r) => (r.status === "rejected" && r.reason instanceof RateLimiterRes ? [r.reason.msBeforeNext] : []));
  const failed = results.find((r) => r.status === "rejected" && !(r.reason instanceof RateLimiterRes));
  if (failed && failed.status === "rejected") throw failed.reason;
  return refused.length ? Math.max(...refused) : 0;
}

/** How long this attempt must still wait, without taking one. */
export async function loginBlockedFor(attempt: Attempt): Promise<number> {
  const l = get();
  const waits = await Promise.all(
    counters(attempt).map(async ([name, key]) => {
      const res = await l[name].get(key);
      return res && res.consumedPoints > LIMITS[name].points ? res.msBeforeNext : 0;
    }),
  );
  return Math.max(0, ...waits);
}

/** A successful login gives back its attempt and clears the counters of this account. */
export async function clearLoginAttempts(attempt: Attempt): Promise<void> {
  const l = get();
  const account = attempt.email.trim().toLowerCase();
  await Promise.all([
    withWriteRetry(() => l.accountIp.delete(`${account}|${attempt.ipHash}`)),
    withWriteRetry(() => l.account.delete(account)),
    attempt.device ? withWriteRetry(() => l.device.delete(`${account}|${attempt.device}`)) : withWriteRetry(() => l.ip.reward(attempt.ipHash, 1)),
  ]);
}
