import "server-only";
import { RateLimiterRes, RateLimiterSQLite } from "rate-limiter-flexible";
import { db } from "@/db/client";
import { withWriteRetry } from "@/lib/database-busy";

// Per sender address (keyed hash) 5 questions per 10 minutes, per e-mail address 5 per hour.
const LIMITS = { ip: { points: 5, duration: 10 * 60 }, email: { points: 5, duration: 60 * 60 } } as const;
let limiters: { ip: RateLimiterSQLite; email: RateLimiterSQLite } | undefined;

function get() {
  const storeClient = db().$client;
  const make = (name: keyof typeof LIMITS) =>
    new RateLimiterSQLite({ storeClient, storeType: "better-sqlite3", tableName: "rate_limits", tableCreated: true, keyPrefix: `question_${name}`, ...LIMITS[name] });
  limiters ??= { ip: make("ip"), email: make("email") };
  return limiters;
}

/** Takes one question from both allowances; the wait in milliseconds when either is used up, else 0. */
export async function takeQuestionAllowance(ipHash: string, email: string): Promise<number> {
  const { ip, email: byEmail } = get();
  // Each counter is one upsert, retried on its own while the database is locked (so none counts twice).
  const results = await Promise.allSettled([withWriteRetry(() => ip.consume(ipHash)), withWriteRetry(() => byEmail.consume(email.toLowerCase()))]);
  let wait = 0;
  for (const r of results) {
    if (r.status === "fulfilled") continue;
    if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
    wait = Math.max(wait, r.reason.msBeforeNext);
  }
  return wait;
}
