import "server-only";
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lte, notInArray, or, sql } from "drizzle-orm";
import { db } from "../client";
import { questionScopeWhere, type QuestionScope } from "./scopes";
import { outbox, questions, type MailKind } from "../schema";

export type OutgoingMail = {
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  questionId?: number | null;
  html?: string | null;
  headers?: Record<string, string> | null;
  issueId?: number | null;
  subscriberId?: number | null;
};
export type ClaimedMail = typeof outbox.$inferSelect;

export function enqueueMail(mail: OutgoingMail): void {
  db().insert(outbox).values(mail).run();
}

/**
 * Claims the oldest mail that is due at `due` and not held by another sender, in one statement: it sets a lease
 * until `leaseUntil` and counts the attempt, so two senders never get the same row and attempts add up.
 */
export function claimDueMail({ due, now, leaseUntil, questionId, subscriberId, skipKinds = [] }: { due: Date; now: Date; leaseUntil: Date; questionId?: number; subscriberId?: number; skipKinds?: MailKind[] }): ClaimedMail | undefined {
  const next = db()
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        isNull(outbox.sentAt),
        isNull(outbox.failedAt),
        lte(outbox.nextAttemptAt, due),
        or(isNull(outbox.claimedUntil), lte(outbox.claimedUntil, now)),
        questionId ? eq(outbox.questionId, questionId) : undefined,
        subscriberId ? eq(outbox.subscriberId, subscriberId) : undefined,
        skipKinds.length ? notInArray(outbox.kind, skipKinds) : undefined,
      ),
    )
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
    .limit(1);
  return db()
    .update(outbox)
    .set({ claimedUntil: leaseUntil, attempts: sql`${outbox.attempts} + 1` })
    .where(inArray(outbox.id, next))
    .returning()
    .get();
}

/** The mail went out: it is never sent again, whoever holds the lease now. */
export function markMailSent({ id, reply }: { id: number; reply: string | null }): void {
  db().update(outbox).set({ sentAt: new Date(), claimedUntil: null, lastError: null, lastReply: reply }).where(eq(outbox.id, id)).run();
}

/** Not sent: try again at `nextAttemptAt`, or (`nextAttemptAt` null) give up until someone retries by hand. */
export function markMailNotSent({ id, leaseUntil, nextAttemptAt, error, reply }: { id: number; leaseUntil: Date; nextAttemptAt: Date | null; error: string; reply: string | null }): void {
  const outcome = nextAttemptAt ? { nextAttemptAt } : { failedAt: new Date() };
  db()
    .update(outbox)
    .set({ ...outcome, claimedUntil: null, lastError: error.slice(0, 40), lastReply: reply })
    // Only while the lease is still ours: a sender that overran it must not overwrite the next one's outcome.
    .where(and(eq(outbox.id, id), eq(outbox.claimedUntil, leaseUntil), isNull(outbox.sentAt)))
    .run();
}

/** Receipts queued since `since`, for the overall hourly cap. */
export function countMailQueuedSince({ kind, since }: { kind: MailKind; since: Date }): number {
  return db().select({ n: count() }).from(outbox).where(and(eq(outbox.kind, kind), gte(outbox.createdAt, since))).get()?.n ?? 0;
}

/** Mail that is no longer retried automatically, newest failure first; in scope exactly when its question is. */
export function listFailedMail({ scope, limit }: { scope: QuestionScope; limit: number }) {
  return db()
    .select({
      id: outbox.id,
      kind: outbox.kind,
      to: outbox.to,
      questionId: outbox.questionId,
      attempts: outbox.attempts,
      failedAt: outbox.failedAt,
      lastError: outbox.lastError,
      lastReply: outbox.lastReply,
    })
    .from(outbox)
    .leftJoin(questions, eq(outbox.questionId, questions.id))
    .where(and(isNotNull(outbox.failedAt), isNull(outbox.sentAt), questionScopeWhere(scope)))
    .orderBy(desc(outbox.failedAt), desc(outbox.id))
    .limit(limit)
    .all();
}

export function countFailedMail({ scope }: { scope: QuestionScope }): number {
  return (
    db()
      .select({ n: count() })
      .from(outbox)
      .leftJoin(questions, eq(outbox.questionId, questions.id))
      .where(and(isNotNull(outbox.failedAt), isNull(outbox.sentAt), questionScopeWhere(scope)))
      .get()?.n ?? 0
  );
}

/** Puts a failed mail in scope back in the queue with a fresh count of attempts; undefined if there is none. */
export function requeueFailedMail({ id, scope }: { id: number; scope: QuestionScope }): { questionId: number | null } | undefined {
  const visible = db()
    .select({ id: outbox.id })
    .from(outbox)
    .leftJoin(questions, eq(outbox.questionId, questions.id))
    .where(and(eq(outbox.id, id), isNotNull(outbox.failedAt), isNull(outbox.sentAt), questionScopeWhere(scope)));
  return db()
    .update(outbox)
    .set({ failedAt: null, attempts: 0, nextAttemptAt: new Date(), claimedUntil: null, lastError: null })
    .where(inArray(outbox.id, visible))
    .returning({ questionId: outbox.questionId })
    .get();
}
