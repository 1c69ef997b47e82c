import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "../client";
import { people, posts, questions } from "../schema";

/** Questions newest first; `recipientId` limits an author to questions addressed to their person. */
export function listQuestionsForInbox({ recipientId, limit = 50 }: { recipientId?: number | null; limit?: number }) {
  if (recipientId === null) return [];
  return db()
    .select({
      id: questions.id,
      name: questions.name,
      status: questions.status,
      createdAt: questions.createdAt,
      recipientName: people.name,
      postTitle: posts.title,
    })
    .from(questions)
    .leftJoin(people, eq(questions.recipientId, people.id))
    .leftJoin(posts, eq(questions.postId, posts.id))
    .where(recipientId ? eq(questions.recipientId, recipientId) : undefined)
    .orderBy(desc(questions.createdAt))
    .limit(limit)
    .all();
}
