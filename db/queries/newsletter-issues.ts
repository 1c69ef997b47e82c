import "server-only";
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { db } from "../client";
import { newsletterIssues, outbox, posts, sections, type PostKind } from "../schema";
import { isPublic } from "./published";

export type NewsletterIssue = typeof newsletterIssues.$inferSelect;

const itemColumns = {
  id: posts.id,
  slug: posts.slug,
  title: posts.title,
  lead: posts.lead,
  kind: posts.kind,
  sectionId: posts.sectionId,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  publishedAt: posts.publishedAt,
  eventStartsAt: posts.eventStartsAt,
};

export type IssueItem = {
  id: number;
  slug: string;
  title: string;
  lead: string;
  kind: PostKind;
  sectionId: number | null;
  sectionSlug: string;
  sectionName: string;
  publishedAt: Date | null;
  eventStartsAt: Date | null;
};

/** The candidates for a new issue: public posts of the period, and public events and webinars coming up. */
export function listDraftCandidates({ periodStart, periodEnd, upcomingUntil }: { periodStart: Date; periodEnd: Date; upcomingUntil: Date }) {
  const base = () => db().select(itemColumns).from(posts).innerJoin(sections, eq(posts.sectionId, sections.id));
  const published = base()
    .where(and(isPublic(periodEnd), gte(posts.publishedAt, periodStart)))
    .all();
  const upcoming = base()
    .where(and(isPublic(periodEnd), inArray(posts.kind, ["event", "webinar"]), gte(posts.eventStartsAt, periodEnd), lte(posts.eventStartsAt, upcomingUntil)))
    .all();
  return { published, upcoming };
}

/** The issue's items that readers may still see, in the issue's order (an item unpublished since is left out). */
export function listIssueItems({ postIds }: { postIds: number[] }): IssueItem[] {
  if (postIds.length === 0) return [];
  const rows = db().select(itemColumns).from(posts).innerJoin(sections, eq(posts.sectionId, sections.id)).where(and(isPublic(), inArray(posts.id, postIds))).all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return postIds.flatMap((id) => byId.get(id) ?? []);
}

export function insertIssue(input: { subject: string; postIds: number[]; periodStart: Date; periodEnd: Date; createdById: number | null }): number {
  return db().insert(newsletterIssues).values(input).returning({ id: newsletterIssues.id }).get().id;
}

export function getIssue({ id }: { id: number }): NewsletterIssue | null {
  return db().select().from(newsletterIssues).where(eq(newsletterIssues.id, id)).get() ?? null;
}

export function listIssues({ limit }: { limit: number }): NewsletterIssue[] {
  return db().select().from(newsletterIssues).orderBy(desc(newsletterIssues.createdAt), desc(newsletterIssues.id)).limit(limit).all();
}

/** Edits a draft (or a scheduled issue, which stays scheduled); false when it was sent meanwhile. */
export function updateIssue({ id, ...changes }: { id: number; subject?: string; intro?: string; postIds?: number[] }): boolean {
  const row = db()
    .update(newsletterIssues)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(newsletterIssues.id, id), inArray(newsletterIssues.status, ["draft", "scheduled"])))
    .returning({ id: newsletterIssues.id })
    .get();
  return Boolean(row);
}

/** Schedules (a date) or takes back a schedule (null); only before sending. */
export function scheduleIssue({ id, at }: { id: number; at: Date | null }): boolean {
  const row = db()
    .update(newsletterIssues)
    .set({ status: at ? "scheduled" : "draft", scheduledAt: at, updatedAt: new Date() })
    .where(and(eq(newsletterIssues.id, id), inArray(newsletterIssues.status, ["draft", "scheduled"])))
    .returning({ id: newsletterIssues.id })
    .get();
  return Boolean(row);
}

/**
 * Claims the issue for sending: only the request (or job) that moves it out of draft/scheduled queues its mail, in
 * the same transaction; the outbox's unique (issue, subscriber) index is the second lock.
 */
export function claimIssueForSending({ id, now }: { id: number; now: Date }): NewsletterIssue | null {
  return (
    db()
      .update(newsletterIssues)
      .set({ status: "sent", sentAt: now, updatedAt: now })
      .where(and(eq(newsletterIssues.id, id), inArray(newsletterIssues.status, ["draft", "scheduled"])))
      .returning()
      .get() ?? null
  );
}

export function listDueScheduledIssues({ now }: { now: Date }): number[] {
  return db()
    .select({ id: newsletterIssues.id })
    .from(newsletterIssues)
    .where(and(eq(newsletterIssues.status, "scheduled"), lte(newsletterIssues.scheduledAt, now)))
    .orderBy(asc(newsletterIssues.scheduledAt))
    .all()
    .map((r) => r.id);
}

/** The public archive: sent issues, newest first. */
export function listSentIssues({ limit }: { limit: number }) {
  return db()
    .select({ id: newsletterIssues.id, subject: newsletterIssues.subject, sentAt: newsletterIssues.sentAt })
    .from(newsletterIssues)
    .where(and(eq(newsletterIssues.status, "sent"), isNotNull(newsletterIssues.sentAt)))
    .orderBy(desc(newsletterIssues.sentAt), desc(newsletterIssues.id))
    .limit(limit)
    .all();
}

export function getSentIssue({ id }: { id: number }): NewsletterIssue | null {
  return db().select().from(newsletterIssues).where(and(eq(newsletterIssues.id, id), eq(newsletterIssues.status, "sent"))).get() ?? null;
}

/** How far an issue's mail has got: handed to the mail server, still waiting (or being retried), given up on. */
export function issueProgress({ id }: { id: number }): { sent: number; queued: number; failed: number } {
  const row = db()
    .select({
      sent: sql<number>`coalesce(sum(${outbox.sentAt} is not null), 0)`,
      failed: sql<number>`coalesce(sum(${outbox.sentAt} is null and ${outbox.failedAt} is not null), 0)`,
      queued: sql<number>`coalesce(sum(${outbox.sentAt} is null and ${outbox.failedAt} is null), 0)`,
    })
    .from(outbox)
    .where(and(eq(outbox.issueId, id), eq(outbox.kind, "newsletter")))
    .get();
  return { sent: Number(row?.sent ?? 0), queued: Number(row?.queued ?? 0), failed: Number(row?.failed ?? 0) };
}

/** Newsletter mail handed to the mail server since `since`, for the per-minute limit. */
export function countNewsletterSentSince({ since }: { since: Date }): number {
  return db().select({ n: count() }).from(outbox).where(and(eq(outbox.kind, "newsletter"), gte(outbox.sentAt, since))).get()?.n ?? 0;
}

