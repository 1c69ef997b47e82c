import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, lt } from "drizzle-orm";
import { postScopeWhere, questionScopeWhere, type PostScope, type QuestionScope } from "./scopes";
import { db } from "../client";
import { posts, questions, users, type PostStatus, type QuestionStatus } from "../schema";

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

export type WorkItem = { id: number; title: string; status: PostStatus; updatedAt: Date; scheduledAt: Date | null; publishedAt: Date | null; authorName: string | null };

const workColumns = {
  id: posts.id,
  title: posts.title,
  status: posts.status,
  updatedAt: posts.updatedAt,
  scheduledAt: posts.scheduledAt,
  publishedAt: posts.publishedAt,
  authorName: users.name,
};

/**
 * The dashboard home's lists ("what needs me now"): posts of one status within the scope, optionally only one
 * author's; drafts and reviews by last change, scheduled ones soonest first, published ones newest first.
 */
export function listWorkItems({ scope, status, authorId, limit }: { scope: PostScope; status: PostStatus; authorId?: number; limit: number }): WorkItem[] {
  const order =
    status === "scheduled" ? [asc(posts.scheduledAt)] : status === "published" ? [desc(posts.publishedAt), desc(posts.id)] : [desc(posts.updatedAt), desc(posts.id)];
  return db()
    .select(workColumns)
    .from(posts)
    .leftJoin(users, eq(posts.authorId, users.id))
    .where(and(postScopeWhere(scope), eq(posts.status, status), isNull(posts.trashedAt), authorId ? eq(posts.authorId, authorId) : undefined))
    .orderBy(...order)
    .limit(limit)
    .all();
}

export type OpenQuestion = { id: number; name: string; message: string; status: QuestionStatus; createdAt: Date };

/** Questions not yet answered (new or in progress) within the scope, oldest first: the longest waiting on top. */
export function listOpenQuestions({ scope, limit }: { scope: QuestionScope; limit: number }): OpenQuestion[] {
  return db()
    .select({ id: questions.id, name: questions.name, message: questions.message, status: questions.status, createdAt: questions.createdAt })
    .from(questions)
    .where(and(inArray(questions.status, ["new", "in_progress"]), questionScopeWhere(scope)))
    .orderBy(asc(questions.createdAt), asc(questions.id))
    .limit(limit)
    .all();
}

/** Open questions older than `before` (the answer promise has passed). */
export function countOverdueQuestions({ scope, before }: { scope: QuestionScope; before: Date }): number {
  return (
    db()
      .select({ n: count() })
      .from(questions)
      .where(and(inArray(questions.status, ["new", "in_progress"]), lt(questions.createdAt, before), questionScopeWhere(scope)))
      .get()?.n ?? 0
  );
}
