import "server-only";
import { notFound } from "next/navigation";
import { getPostForEditing } from "@/db/queries/editorial-posts";
import type { CurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

/** A post the user may open in the dashboard; authors only their own. Anything else is "not found". */
export function loadPostForUser(user: CurrentUser, rawId: string) {
  const id = Number(rawId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const post = getPostForEditing({ id });
  if (!post || (!can(user, "post.editAny") && post.authorId !== user.id)) notFound();
  return post;
}
