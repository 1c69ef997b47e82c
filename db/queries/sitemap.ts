import "server-only";
import { eq } from "drizzle-orm";
import { db } from "../client";
import { people, posts, sections } from "../schema";
import { isPublic } from "./published";

/** Every public address with its last change. */
export function listSitemapEntries() {
  return {
    posts: db()
      .select({ slug: posts.slug, sectionSlug: sections.slug, publishedAt: posts.publishedAt, revisedAt: posts.revisedAt, updatedAt: posts.updatedAt })
      .from(posts)
      .innerJoin(sections, eq(posts.sectionId, sections.id))
      .where(isPublic())
      .all(),
    sections: db().select({ slug: sections.slug }).from(sections).all(),
    people: db().select({ slug: people.slug, updatedAt: people.updatedAt }).from(people).where(eq(people.active, true)).all(),
  };
}
