import "server-only";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { db } from "../client";
import { media, oldSlugs, people, postCoauthors, posts, sections } from "../schema";
import { isPublic } from "./published";

function loadArticle(where: SQL | undefined) {
  const row = db()
    .select({ post: posts, section: { slug: sections.slug, name: sections.name } })
    .from(posts)
    .innerJoin(sections, eq(posts.sectionId, sections.id))
    .where(where)
    .get();
  if (!row) return null;
  // Pending edits of a published post are for its editors (lib/posts/pending-changes.ts), never for readers.
  const { pendingChanges: _pending, pendingSavedAt: _pendingSavedAt, ...post } = row.post;
  return {
    ...post,
    section: row.section,
    contactPerson: row.post.contactPersonId ? getPersonCard({ id: row.post.contactPersonId }) : null,
    coauthors: listCoauthorNames({ postId: row.post.id }),
    featuredImage: row.post.featuredImageId ? getFeaturedImage({ id: row.post.featuredImageId }) : null,
    // Decided when the page is rendered (cached pages are refreshed hourly).
    eventUpcoming: row.post.eventStartsAt ? row.post.eventStartsAt.getTime() > Date.now() : false,
  };
}

/** A published post by its URL; `sectionSlug` is checked by the page, so a moved post can redirect. */
export function getPublishedPost({ slug }: { slug: string }) {
  return loadArticle(and(isPublic(), eq(posts.slug, slug)));
}

/** Any post as an article, whatever its status: for the staff preview only. */
export function getArticlePreview({ id }: { id: number }) {
  return loadArticle(eq(posts.id, id));
}

export type PublishedPost = NonNullable<ReturnType<typeof getPublishedPost>>;

function getPersonCard({ id }: { id: number }) {
  return (
    db()
      .select({
        id: people.id,
        slug: people.slug,
        name: people.name,
        jobTitle: people.jobTitle,
        email: people.email,
        photoKey: media.storageKey,
        photoAlt: media.alt,
      })
      .from(people)
      .leftJoin(media, eq(people.photoId, media.id))
      .where(eq(people.id, id))
      .get() ?? null
  );
}

function getFeaturedImage({ id }: { id: number }) {
  return (
    db()
      .select({ storageKey: media.storageKey, width: media.width, height: media.height, alt: media.alt, caption: media.caption })
      .from(media)
      .where(eq(media.id, id))
      .get() ?? null
  );
}

function listCoauthorNames({ postId }: { postId: number }): string[] {
  return db()
    .select({ name: people.name })
    .from(postCoauthors)
    .innerJoin(people, eq(postCoauthors.personId, people.id))
    .where(eq(postCoauthors.postId, postId))
    .orderBy(asc(postCoauthors.position))
    .all()
    .map((r) => r.name);
}

/** Where a post that used to live at `slug` lives now, if it is public. */
export function findMovedPost({ slug }: { slug: string }) {
  return (
    db()
      .select({ slug: posts.slug, sectionSlug: sections.slug })
      .from(oldSlugs)
      .innerJoin(posts, eq(oldSlugs.postId, posts.id))
      .innerJoin(sections, eq(posts.sectionId, sections.id))
      .where(and(eq(oldSlugs.slug, slug), isPublic()))
      .get() ?? null
  );
}

/** The contact person of a public post, for routing a question asked on it. */
export function getPublicPostContact({ id }: { id: number }) {
  return db().select({ id: posts.id, title: posts.title, contactPersonId: posts.contactPersonId }).from(posts).where(and(isPublic(), eq(posts.id, id))).get() ?? null;
}

/**
 * The same article in the other language, if one is linked in either direction and public. Two lookups by index
 * (the link, then the post by id): in one query SQLite's planner preferred scanning every published post.
 */
export function findTranslation({ id, translationOfId }: { id: number; translationOfId: number | null }) {
  const otherId = translationOfId ?? db().select({ id: posts.id }).from(posts).where(eq(posts.translationOfId, id)).get()?.id;
  if (!otherId) return null;
  return (
    db()
      .select({ slug: posts.slug, sectionSlug: sections.slug, language: posts.language })
      .from(posts)
      .innerJoin(sections, eq(posts.sectionId, sections.id))
      .where(and(eq(posts.id, otherId), isPublic()))
      .get() ?? null
  );
}
