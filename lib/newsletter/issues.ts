import "server-only";
import { revalidatePath } from "next/cache";
import { recordAudit } from "@/db/queries/audit";
import {
  claimIssueForSending,
  getIssue,
  insertIssue,
  listDraftCandidates,
  listDueScheduledIssues,
  listIssueItems,
  type NewsletterIssue,
} from "@/db/queries/newsletter-issues";
import { enqueueMail, type OutgoingMail } from "@/db/queries/outbox";
import { listConfirmedSubscribers } from "@/db/queries/subscribers";
import { inWriteTransaction } from "@/db/queries/transaction";
import { formatDate } from "@/lib/dates";
import { siteUrl } from "@/lib/site";
import { draftItemIds, draftPeriod, itemSetKey, itemsForSubscriber } from "./issue-items";
import { renderIssueMail, type IssueMailContent, type IssueMailLinks } from "./issue-mail";
import { issueUrl, preferencesUrl, unsubscribeHeaders, unsubscribePageUrl } from "./links";

/** Drafts the week's issue: the posts of the last seven days and the events of the next four weeks. */
export function draftIssue({ userId, now = new Date() }: { userId: number; now?: Date }): number {
  const { periodStart, periodEnd, upcomingUntil } = draftPeriod(now);
  const postIds = draftItemIds(listDraftCandidates({ periodStart, periodEnd, upcomingUntil }));
  const id = insertIssue({ subject: `Nieuwsbrief van ${formatDate(now)}`, postIds, periodStart, periodEnd, createdById: userId });
  recordAudit({ action: "newsletter.drafted", userId, targetType: "newsletter_issue", targetId: id, detail: { items: postIds.length } });
  return id;
}

function contentOf(issue: NewsletterIssue): IssueMailContent {
  return { subject: issue.subject, intro: issue.intro, items: listIssueItems({ postIds: issue.postIds }), periodEnd: issue.periodEnd };
}

/** Links for a preview or a test: they lead to the pages, without acting for anyone. */
const sampleLinks = (issueId: number): IssueMailLinks => ({
  unsubscribe: `${siteUrl()}/nieuwsbrief/afmelden`,
  preferences: `${siteUrl()}/nieuwsbrief/voorkeuren`,
  web: issueUrl(issueId),
});

/** The issue as every item's subscriber would get it (HTML and plain text), for the dashboard's preview. */
export function previewIssue(issue: NewsletterIssue) {
  return renderIssueMail(contentOf(issue), sampleLinks(issue.id));
}

/** A test to the editor's own address: the whole issue, marked as a test, never counted as sent. */
export async function testMail(issue: NewsletterIssue, to: string): Promise<OutgoingMail> {
  const { html, text } = await previewIssue(issue);
  return { kind: "test", to, subject: `[Test] ${issue.subject}`, html, text };
}

// Rendered once per distinct item list; each subscriber's own links are put in afterwards.
const PLACEHOLDER = { unsubscribe: "https://nieuwsbrief.invalid/afmelden", preferences: "https://nieuwsbrief.invalid/voorkeuren" };

/**
 * Sends an issue: one outbox row per confirmed subscriber with at least one item for them, all in one transaction
 * with the issue's move to "sent", so a second click, a scheduler tick or a restart can never queue it twice (the
 * outbox's unique (issue, subscriber) index says the same). Returns null when the issue was sent already.
 */
export async function queueIssue({ id, userId, now = new Date() }: { id: number; userId: number | null; now?: Date }): Promise<{ queued: number } | null> {
  const issue = getIssue({ id });
  if (!issue || (issue.status !== "draft" && issue.status !== "scheduled")) return null;
  const content = contentOf(issue);
  const renders = new Map<string, { html: string; text: string }>();
  const mails: OutgoingMail[] = [];
  for (const subscriber of listConfirmedSubscribers()) {
    const items = itemsForSubscriber(content.items, subscriber.sectionIds);
    if (items.length === 0) continue;
    const key = itemSetKey(items);
    if (!renders.has(key)) renders.set(key, await renderIssueMail({ ...content, items }, { ...PLACEHOLDER, web: issueUrl(id) }));
    const own = (s: string) => s.replaceAll(PLACEHOLDER.unsubscribe, unsubscribePageUrl(subscriber.id)).replaceAll(PLACEHOLDER.preferences, preferencesUrl(subscriber.id));
    const { html, text } = renders.get(key)!;
    mails.push({ kind: "newsletter", to: subscriber.email, subject: issue.subject, html: own(html), text: own(text), headers: unsubscribeHeaders(subscriber.id), issueId: id, subscriberId: subscriber.id });
  }
  const queued = await inWriteTransaction(() => {
    if (!claimIssueForSending({ id, now })) return null;
    // Whoever left while the mail was being rendered is left out.
    const confirmed = new Set(listConfirmedSubscribers().map((s) => s.id));
    const due = mails.filter((m) => confirmed.has(m.subscriberId!));
    for (const mail of due) enqueueMail(mail);
    return due.length;
  });
  if (queued === null) return null;
  // The archive lists it from now on (and its page no longer answers 404).
  revalidatePath("/nieuwsbrief");
  revalidatePath(`/nieuwsbrief/${id}`);
  recordAudit({ action: "newsletter.sent", userId, targetType: "newsletter_issue", targetId: id, detail: { queued } });
  return { queued };
}

/** The scheduler's part: scheduled issues whose time has come are sent. */
export async function sendScheduledIssues(now: Date): Promise<number> {
  let sent = 0;
  for (const id of listDueScheduledIssues({ now })) if (await queueIssue({ id, userId: null, now })) sent++;
  return sent;
}
