import "server-only";
import { and, desc, eq, gte, inArray, isNotNull, isNull } from "drizzle-orm";
import { db } from "../client";
import { people, posts, questions, users } from "../schema";

/** Open questions whose recipient has not been reminded yet, with where a reminder would go. */
export function listUnremindedOpenQuestions() {
  return db()
    .select({
      id: questions.id,
      name: questions.name,
      organisation: questions.organisation,
      topic: questions.topic,
      createdAt: questions.createdAt,
      recipientId: questions.recipientId,
      recipientName: people.name,
      email: people.email,
      accountEmail: users.email,
      postTitle: posts.title,
    })
    .from(questions)
    .leftJoin(people, eq(questions.recipientId, people.id))
    .leftJoin(users, and(eq(people.userId, users.id), eq(users.disabled, false)))
    .leftJoin(posts, eq(questions.postId, posts.id))
    .where(and(inArray(questions.status, ["new", "in_progress"]), isNull(questions.remindedAt)))
    .all();
}

/** Records the reminder; false when another run already did (so the mail is queued once). */
export function markReminded({ id, at }: { id: number; at: Date }): boolean {
  return db().update(questions).set({ remindedAt: at }).where(and(eq(questions.id, id), isNull(questions.remindedAt))).run().changes === 1;
}

/** Answered questions since `since`, with who they were addressed to, for reply times per colleague. */
export function listAnsweredSince({ since }: { since: Date }) {
  return db()
    .select({ recipientId: questions.recipientId, recipientName: people.name, createdAt: questions.createdAt, answeredAt: questions.answeredAt })
    .from(questions)
    .innerJoin(people, eq(questions.recipientId, people.id))
    .where(and(eq(questions.status, "answered"), isNotNull(questions.answeredAt), gte(questions.answeredAt, since)))
    .orderBy(desc(questions.answeredAt))
    .limit(5000)
    .all();
}
