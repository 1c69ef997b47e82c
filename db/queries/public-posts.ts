import "server-only";
import { and, asc, desc, eq, gte, inArray, notInArray, or, type SQL } from "drizzle-orm";
import { db } from "../client";
import { media, oldSlugs, people, postCoauthors, posts, sections, type PostKind } from "../schema";
import { isPublic } from "./published";

const summaryColumns = {
  id: posts.id,
  slug: posts.slug,
  title: posts.title,
  lead: posts.lead,
  kind: posts.kind,
  language: posts.language,
  publishedAt: posts.publishedAt,
  eventStartsAt: posts.eventStartsAt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
};

export type PostSummary = {
  id: number;
  slug: string;
  title: string;
  lead: string;
  kind: PostKind;
  language: "nl" | "en";
  publishedAt: Date | null;
  eventStartsAt: Date | null;
  sectionSlug: string;
  sectionName: string;
};

function summaries() {
  return db().select(summaryColumns).from(posts).innerJoin(sections, eq(posts.sectionId, sections.id));
}

export function listLatestPosts({ limit, offset = 0, sectionId }: { limit: number; offset?: number; sectionId?: number }): PostSummary[] {
  return summaries()
    .where(and(isPublic(), sectionId ? eq(posts.sectionId, sectionId) : undefined))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(limit)
    .offset(offset)
    .all();
}

function loadArticle(where: SQL | undefined) {
  const row = db()
    .select({ post: posts, section: { slug: sections.slug, name: sections.name } })
    .from(posts)
    .innerJoin(sections, eq(posts.sectionId, sections.id))
    .where(where)
    .get();
  if (!row) return null;
  return {
    ...row.post,
    section: row.section,
    contactPerson: row.post.contactPersonId ? getPersonCard({ id: row.post.contactPersonId }) : null,
    coauthors: listCoauthorNames({ postId: row.post.id }),
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

export type PromotedItems = {
  highlighted: PostSummary | null;
  webinar: PostSummary | null;
  analysis: PostSummary | null;
  event: PostSummary | null;
};

/** The rail beside an article: one highlighted post, the latest webinar and analysis, the next event; never a post twice. */
export function getPromotedItems({ excludeId, now = new Date() }: { excludeId?: number; now?: Date }): PromotedItems {
  const taken: number[] = excludeId ? [excludeId] : [];
  const pick = (where: SQL | undefined, order: SQL) => {
    const row = summaries().where(and(isPublic(now), where, taken.length ? notInArray(posts.id, taken) : undefined)).orderBy(order).get();
    if (row) taken.push(row.id);
    return row ?? null;
  };
  const highlighted = pick(eq(posts.highlighted, true), desc(posts.publishedAt));
  const webinar = pick(eq(posts.kind, "webinar"), desc(posts.publishedAt));
  const analysis = pick(eq(posts.kind, "analysis"), desc(posts.publishedAt));
  const event = pick(and(eq(posts.kind, "event"), gte(posts.eventStartsAt, now)), asc(posts.eventStartsAt));
  return { highlighted, webinar, analysis, event };
}

/** The contact person of a public post, for routing a question asked on it. */
export function getPublicPostContact({ id }: { id: number }) {
  return db().select({ id: posts.id, title: posts.title, contactPersonId: posts.contactPersonId }).from(posts).where(and(isPublic(), eq(posts.id, id))).get() ?? null;
}

/** Public posts a person is the contact person or a co-author of, newest first. */
export function listPostsByPerson({ personId, limit }: { personId: number; limit: number }): PostSummary[] {
  const coauthored = db().select({ id: postCoauthors.postId }).from(postCoauthors).where(eq(postCoauthors.personId, personId));
  return summaries()
    .where(and(isPublic(), or(eq(posts.contactPersonId, personId), inArray(posts.id, coauthored))))
    .orderBy(desc(posts.publishedAt))
    .limit(limit)
    .all();
}
