import "server-only";
import { and, eq, isNull, lte } from "drizzle-orm";
import { posts } from "../schema";

/** The one rule for what readers may see: published, not dated in the future, and not in the trash. */
export function isPublic(now: Date = new Date()) {
  return and(eq(posts.status, "published"), lte(posts.publishedAt, now), isNull(posts.trashedAt));
}
