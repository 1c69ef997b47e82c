import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "../client";
import { posts, sections } from "../schema";
import { isPublic } from "./published";

/** Title and address of a public post, for a link back to it; null for anything readers may not see. */
export function getPublicPostLink({ id }: { id: number }) {
  const row = db()
    .select({ title: posts.title, slug: posts.slug, sectionSlug: sections.slug })
    .from(posts)
    .innerJoin(sections, eq(posts.sectionId, sections.id))
    .where(and(isPublic(), eq(posts.id, id)))
    .get();
  return row ? { title: row.title, path: `/${row.sectionSlug}/${row.slug}` } : null;
}
