import "server-only";
import { and, count, eq } from "drizzle-orm";
import { db } from "../client";
import { posts, questions, type PostStatus } from "../schema";

/** Posts per status; for an author only their own (object-level rule in the query). */
export function countPostsByStatus({ authorId }: { authorId?: number }): Record<PostStatus, number> {
  const rows = db()
    .select({ status: posts.status, n: count() })
    .from(posts)
    .where(authorId ? eq(posts.authorId, authorId) : undefined)
    .groupBy(posts.status)
    .all();
  const counts: Record<PostStatus, number> = { draft: 0, in_review: 0, scheduled: 0, published: 0, archived: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** New questions; for an author only those addressed to their person (none without a linked person). */
export function countNewQuestions({ recipientId }: { recipientId?: number | null }): number {
  if (recipientId === null) return 0;
  return (
    db()
      .select({ n: count() })
      .from(questions)
      .where(and(eq(questions.status, "new"), recipientId ? eq(questions.recipientId, recipientId) : undefined))
      .get()?.n ?? 0
  );
}
