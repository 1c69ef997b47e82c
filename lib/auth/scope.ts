// What part of the data a user sees: editors and admins everything, authors their own.
import { can } from "./permissions";
import type { CurrentUser } from "./session";

/** undefined = all posts; a number = only posts by that author. */
export function postAuthorScope(user: CurrentUser): number | undefined {
  return can(user, "post.editAny") ? undefined : user.id;
}

/** undefined = all questions; a number = only that person's; null = none (author without a staff entry). */
export function questionRecipientScope(user: CurrentUser): number | null | undefined {
  return can(user, "question.readAny") ? undefined : (user.personId ?? null);
}
