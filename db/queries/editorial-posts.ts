import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "../client";
import { posts, sections, users } from "../schema";

/** Posts for the dashboard, newest change first; `authorId` limits an author to their own. */
export function listPostsForDashboard({ authorId, limit = 50 }: { authorId?: number; limit?: number }) {
  return db()
    .select({
      id: posts.id,
      title: posts.title,
      kind: posts.kind,
      status: posts.status,
      updatedAt: posts.updatedAt,
      sectionName: sections.name,
      authorName: users.name,
    })
    .from(posts)
    .leftJoin(sections, eq(posts.sectionId, sections.id))
    .leftJoin(users, eq(posts.authorId, users.id))
    .where(authorId ? eq(posts.authorId, authorId) : undefined)
    .orderBy(desc(posts.updatedAt))
    .limit(limit)
    .all();
}
