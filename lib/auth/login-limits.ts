import "server-only";
import { RateLimiterSQLite, type RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/db/client";

// Failed logins are counted per account+address (5 per 15 minutes) and per address (30 per hour).
// A lock-out only ever lasts its window and only for that address, so nobody can lock a user out for good.
const ACCOUNT_IP = { points: 5, duration: 15 * 60 };
const IP = { points: 30, duration: 60 * 60 };

let limiters: { accountIp: RateLimiterSQLite; ip: RateLimiterSQLite } | undefined;

function get() {
  const storeClient = db().$client;
  limiters ??= {
    accountIp: new RateLimiterSQLite({ storeClient, storeType: "better-sqlite3", tableName: "rate_limits", tableCreated: true, keyPrefix: "login_account_ip", ...ACCOUNT_IP }),
    ip: new RateLimiterSQLite({ storeClient, storeType: "better-sqlite3", tableName: "rate_limits", tableCreated: true, keyPrefix: "login_ip", ...IP }),
  };
  return limiters;
}

const accountKey = (email: string, ipHash: string) => `${email.trim().toLowerCase()}|${ipHash}`;

/** Milliseconds until another attempt is allowed, or 0 when one is allowed now. */
export async function loginBlockedFor(email: string, ipHash: string): Promise<number> {
  const { accountIp, ip } = get();
  const [a, b] = await Promise.all([accountIp.get(accountKey(email, ipHash)), ip.get(ipHash)]);
  const wait = (res: RateLimiterRes | null, max: number) => (res && res.consumedPoints >= max ? res.msBeforeNext : 0);
  return Math.max(wait(a, ACCOUNT_IP.points), wait(b, IP.points));
}

export async function recordFailedLogin(email: string, ipHash: string): Promise<void> {
  const { accountIp, ip } = get();
  await Promise.all([accountIp.penalty(accountKey(email, ipHash)), ip.penalty(ipHash)]);
}

export async function clearFailedLogins(email: string, ipHash: string): Promise<void> {
  await get().accountIp.delete(accountKey(email, ipHash));
}
