import "server-only";
import { and, asc, eq, isNull, lte } from "drizzle-orm";
import { db } from "../client";
import { outbox } from "../schema";

export type OutgoingMail = { to: string; subject: string; text: string; questionId?: number | null };

export function enqueueMail(mail: OutgoingMail): void {
  db().insert(outbox).values(mail).run();
}

/** Unsent mail whose time has come, oldest first; or only the mail of one question. */
export function listDueMail({ now, limit, questionId }: { now: Date; limit: number; questionId?: number }) {
  return db()
    .select()
    .from(outbox)
    .where(and(isNull(outbox.sentAt), lte(outbox.nextAttemptAt, now), questionId ? eq(outbox.questionId, questionId) : undefined))
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
    .limit(limit)
    .all();
}

export function markMailSent({ id }: { id: number }): void {
  db().update(outbox).set({ sentAt: new Date(), lastError: null }).where(eq(outbox.id, id)).run();
}

export function markMailFailed({ id, attempts, nextAttemptAt, error }: { id: number; attempts: number; nextAttemptAt: Date; error: string }): void {
  db().update(outbox).set({ attempts, nextAttemptAt, lastError: error.slice(0, 200) }).where(eq(outbox.id, id)).run();
}
