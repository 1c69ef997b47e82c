// What part of the data a user sees: editors and admins everything, authors their own. Always an explicit value.
import type { PostScope, QuestionScope } from "@/db/queries/scopes";
import { can } from "./permissions";
import type { CurrentUser } from "./session";

export function postScope(user: CurrentUser): PostScope {
  return can(user, "post.editAny") ? { all: true } : { authorId: user.id };
}

/** Authors see the questions addressed to their own staff entry; without one, none. */
export function questionScope(user: CurrentUser): QuestionScope {
  if (can(user, "question.readAny")) return { all: true };
  return user.personId ? { recipientId: user.personId } : { none: true };
}
