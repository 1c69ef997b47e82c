import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { postScopeWhere, questionScopeWhere, type PostScope, type QuestionScope } from "./scopes";
import { db } from "../client";
import { posts, questions, type PostStatus } from "../schema";

/** Posts per status, not counting the trash; for an author only their own (object-level rule in the query). */
export function countPostsByStatus({ scope }: { scope: PostScope }): Record<PostStatus, number> {
  const rows = db()
    .select({ status: posts.status, n: count() })
    .from(posts)
    .where(and(postScopeWhere(scope), isNull(posts.trashedAt)))
    .groupBy(posts.status)
    .all();
  const counts: Record<PostStatus, number> = { draft: 0, in_review: 0, scheduled: 0, published: 0, archived: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** New questions; for an author only those addressed to their person (none without a linked person). */
export function countNewQuestions({ scope }: { scope: QuestionScope }): number {
  return (
    db()
      .select({ n: count() })
      .from(questions)
      .where(and(eq(questions.status, "new"), questionScopeWhere(scope)))
      .get()?.n ?? 0
  );
}
