import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, lt, or } from "drizzle-orm";
import { db } from "../client";
import { outbox, people, posts, questionEvents, questions, sections, users, type QuestionStatus } from "../schema";

import { questionScopeWhere, type QuestionScope } from "./scopes";

export function insertQuestion(values: typeof questions.$inferInsert) {
  return db().insert(questions).values(values).returning({ id: questions.id }).get();
}

export function listQuestionsForInbox(filter: { scope: QuestionScope; status?: QuestionStatus; filterRecipientId?: number | "general"; page: number; pageSize: number }) {
  const where = and(
    questionScopeWhere(filter.scope),
    filter.status ? eq(questions.status, filter.status) : undefined,
    filter.filterRecipientId === "general" ? isNull(questions.recipientId) : filter.filterRecipientId ? eq(questions.recipientId, filter.filterRecipientId) : undefined,
  );
  const rows = db()
    .select({
      id: questions.id,
      name: questions.name,
      status: questions.status,
      createdAt: questions.createdAt,
      recipientName: people.name,
      postTitle: posts.title,
      topic: questions.topic,
    })
    .from(questions)
    .leftJoin(people, eq(questions.recipientId, people.id))
    .leftJoin(posts, eq(questions.postId, posts.id))
    .where(where)
    .orderBy(desc(questions.createdAt), desc(questions.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .all();
  const total = db().select({ n: count() }).from(questions).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** One question, only if it is inside the user's scope (object-level rule). */
export function getQuestionInScope({ id, scope }: { id: number; scope: QuestionScope }) {
  const row = db()
    .select({
      question: questions,
      recipientName: people.name,
      postTitle: posts.title,
      postSlug: posts.slug,
      sectionSlug: sections.slug,
    })
    .from(questions)
    .leftJoin(people, eq(questions.recipientId, people.id))
    .leftJoin(posts, eq(questions.postId, posts.id))
    .leftJoin(sections, eq(posts.sectionId, sections.id))
    .where(and(eq(questions.id, id), questionScopeWhere(scope)))
    .get();
  return row ?? null;
}

export function listQuestionEvents({ questionId }: { questionId: number }) {
  return db()
    .select({ id: questionEvents.id, type: questionEvents.type, body: questionEvents.body, createdAt: questionEvents.createdAt, userName: users.name })
    .from(questionEvents)
    .leftJoin(users, eq(questionEvents.userId, users.id))
    .where(eq(questionEvents.questionId, questionId))
    .orderBy(asc(questionEvents.createdAt), asc(questionEvents.id))
    .all();
}

export function addQuestionEvent(values: typeof questionEvents.$inferInsert): void {
  db().insert(questionEvents).values(values).run();
}

export function updateQuestion({ id }: { id: number }, values: Partial<typeof questions.$inferInsert>): void {
  db().update(questions).set(values).where(eq(questions.id, id)).run();
}

/** Retention: answered and spam questions closed before `before` are deleted with their history and mail. */
export function deleteClosedBefore({ before }: { before: Date }): number {
  return db()
    .delete(questions)
    .where(and(inArray(questions.status, ["answered", "spam"]), lt(questions.closedAt, before)))
    .returning({ id: questions.id })
    .all().length;
}

/** Everything stored about an e-mail address: its questions with their history, and mail to or about it. */
export function findDataForEmail({ email }: { email: string }) {
  const found = db().select().from(questions).where(eq(questions.email, email)).orderBy(asc(questions.createdAt)).all();
  const ids = found.map((q) => q.id);
  const events = ids.length ? db().select().from(questionEvents).where(inArray(questionEvents.questionId, ids)).all() : [];
  const mail = db()
    .select({ id: outbox.id, to: outbox.to, subject: outbox.subject, createdAt: outbox.createdAt, sentAt: outbox.sentAt })
    .from(outbox)
    .where(or(eq(outbox.to, email), ids.length ? inArray(outbox.questionId, ids) : undefined))
    .all();
  return { questions: found, events, mail };
}

export function eraseDataForEmail({ email }: { email: string }): number {
  const ids = db().select({ id: questions.id }).from(questions).where(eq(questions.email, email)).all().map((r) => r.id);
  db().delete(outbox).where(or(eq(outbox.to, email), ids.length ? inArray(outbox.questionId, ids) : undefined)).run();
  if (ids.length) db().delete(questions).where(inArray(questions.id, ids)).run();
  return ids.length;
}
