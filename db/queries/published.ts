import "server-only";
import { and, eq, lte } from "drizzle-orm";
import { posts } from "../schema";

/** The one rule for what readers may see: published, and not dated in the future. */
export function isPublic(now: Date = new Date()) {
  return and(eq(posts.status, "published"), lte(posts.publishedAt, now));
}
