import "server-only";
import { RateLimiterRes, RateLimiterSQLite } from "rate-limiter-flexible";
import { db } from "@/db/client";
import { withWriteRetry } from "@/lib/database-busy";

// The public forms that send mail to a typed address: the question form and the newsletter sign-up. Each has its own
// counters: per sender address (keyed hash) 5 per 10 minutes, per e-mail address 5 per hour.
const LIMITS = { ip: { points: 5, duration: 10 * 60 }, email: { points: 5, duration: 60 * 60 } } as const;
export type PublicForm = "question" | "subscription";
const limiters = new Map<PublicForm, { ip: RateLimiterSQLite; email: RateLimiterSQLite }>();

function get(form: PublicForm) {
  const storeClient = db().$client;
  const make = (name: keyof typeof LIMITS) =>
    new RateLimiterSQLite({ storeClient, storeType: "better-sqlite3", tableName: "rate_limits", tableCreated: true, keyPrefix: `${form}_${name}`, ...LIMITS[name] });
  if (!limiters.has(form)) limiters.set(form, { ip: make("ip"), email: make("email") });
  return limiters.get(form)!;
}

/** Takes one question from both allowances; the wait in milliseconds when either is used up, else 0. */
export function takeQuestionAllowance(ipHash: string, email: string): Promise<number> {
  return takeFormAllowance("question", ipHash, email);
}

/** Takes one submission of `form` from both allowances; the wait in milliseconds when either is used up, else 0. */
export async function takeFormAllowance(form: PublicForm, ipHash: string, email: string): Promise<number> {
  const { ip, email: byEmail } = get(form);
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
