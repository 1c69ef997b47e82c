import "server-only";
import { and, asc, count, desc, eq, gte, inArray, lt, notInArray, or, type SQL } from "drizzle-orm";
import { db } from "../client";
import { media, postCoauthors, posts, sections, type PostKind } from "../schema";
import type { ImageInfo } from "@/lib/media-urls";
import { isPublic } from "./published";

// Lists of public posts: home, sections, /nieuws, /agenda, staff pages and the article rail.

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
  recordingUrl: posts.recordingUrl,
  // The featured image for the card's thumbnail; null (left join) when the post has none.
  image: { storageKey: media.storageKey, width: media.width, height: media.height, alt: media.alt },
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
  recordingUrl: string | null;
  image: ImageInfo | null;
};

export function summaries() {
  return db().select(summaryColumns).from(posts).innerJoin(sections, eq(posts.sectionId, sections.id)).leftJoin(media, eq(posts.featuredImageId, media.id));
}

export function listLatestPosts({ limit, offset = 0, sectionId }: { limit: number; offset?: number; sectionId?: number }): PostSummary[] {
  return summaries()
    .where(and(isPublic(), sectionId ? eq(posts.sectionId, sectionId) : undefined))
    .orderBy(desc(posts.publishedAt), desc(posts.id))
    .limit(limit)
    .offset(offset)
    .all();
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

/** Public posts a person is the contact person or a co-author of, newest first. */
export function listPostsByPerson({ personId, limit }: { personId: number; limit: number }): PostSummary[] {
  const coauthored = db().select({ id: postCoauthors.postId }).from(postCoauthors).where(eq(postCoauthors.personId, personId));
  return summaries()
    .where(and(isPublic(), or(eq(posts.contactPersonId, personId), inArray(posts.id, coauthored))))
    .orderBy(desc(posts.publishedAt))
    .limit(limit)
    .all();
}

export type ListFilter = { kind?: PostKind; sectionId?: number; year?: number; page: number; pageSize: number };

/** /nieuws and section pages: newest first, filtered, with the total for paging. */
export function listPublicPosts(filter: ListFilter): { rows: PostSummary[]; total: number } {
  const where = and(
    isPublic(),
    filter.kind ? eq(posts.kind, filter.kind) : undefined,
    filter.sectionId ? eq(posts.sectionId, filter.sectionId) : undefined,
    filter.year ? and(gte(posts.publishedAt, new Date(Date.UTC(filter.year, 0, 1) - 3600_000)), lt(posts.publishedAt, new Date(Date.UTC(filter.year + 1, 0, 1) - 3600_000))) : undefined,
  );
  const rows = summaries().where(where).orderBy(desc(posts.publishedAt), desc(posts.id)).limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize).all();
  const total = db().select({ n: count() }).from(posts).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** Years with public posts, newest first (for the /nieuws filter). */
export function listPublicYears(): number[] {
  const range = db().select({ first: posts.publishedAt }).from(posts).where(isPublic()).orderBy(asc(posts.publishedAt)).limit(1).get();
  if (!range?.first) return [];
  const years: number[] = [];
  for (let y = new Date().getUTCFullYear(); y >= range.first.getUTCFullYear(); y--) years.push(y);
  return years;
}

/** Events and webinars: upcoming ones soonest first, past ones latest first. */
export function listAgenda({ when, limit, now = new Date() }: { when: "upcoming" | "past"; limit: number; now?: Date }): PostSummary[] {
  const kinds = inArray(posts.kind, ["event", "webinar"]);
  const timing = when === "upcoming" ? gte(posts.eventStartsAt, now) : lt(posts.eventStartsAt, now);
  return summaries()
    .where(and(isPublic(now), kinds, timing))
    .orderBy(when === "upcoming" ? asc(posts.eventStartsAt) : desc(posts.eventStartsAt))
    .limit(limit)
    .all();
}

export function listHighlighted({ limit }: { limit: number }): PostSummary[] {
  return summaries().where(and(isPublic(), eq(posts.highlighted, true))).orderBy(desc(posts.publishedAt)).limit(limit).all();
}
