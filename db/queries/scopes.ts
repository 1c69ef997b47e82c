import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { posts, questions } from "../schema";

// House rule 11: a query that can be narrowed to one person's rows takes a required scope value. Forgetting it is a
// type error; there is no value that means "everything" by accident.

/** Which posts a user may list: all of them, or those they wrote. */
export type PostScope = { all: true } | { authorId: number };

/** Which questions a user may see: all, those addressed to one person, or none (an author without a staff entry). */
export type QuestionScope = { all: true } | { recipientId: number } | { none: true };

const NOTHING = sql`0`;

export function postScopeWhere(scope: PostScope): SQL | undefined {
  return "all" in scope ? undefined : eq(posts.authorId, scope.authorId);
}

export function questionScopeWhere(scope: QuestionScope): SQL | undefined {
  if ("all" in scope) return undefined;
  if ("none" in scope) return NOTHING;
  return eq(questions.recipientId, scope.recipientId);
}
