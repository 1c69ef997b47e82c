import "server-only";
import { enqueueMail } from "@/db/queries/outbox";
import { listSections } from "@/db/queries/sections";
import { findSubscriberByEmail, hadSubscriptionMailSince, insertSubscriber, restartSubscription } from "@/db/queries/subscribers";
import { inWriteTransaction } from "@/db/queries/transaction";
import { takeFormAllowance } from "@/lib/questions/question-limits";
import { spamReason } from "@/lib/questions/spam-signals";
import { CONSENT_TEXT, SIGNUP_SOURCES } from "./consent";
import type { SubscribeInput } from "./subscribe-schema";
import { alreadySubscribedMail, confirmationMail } from "./subscription-mails";

const HOUR_MS = 3600_000;

export type SubscribeResult = { ok: true; subscriberId: number | null } | { ok: false; message: string };

/**
 * A sign-up from a public form. Every address gets the same answer, so the form never tells whether an address is
 * subscribed; what differs is only the mail its owner receives:
 * - new (or unsubscribed earlier): a confirmation link, nothing else until it is clicked;
 * - not yet confirmed: the link again, at most once an hour;
 * - confirmed: "you are already subscribed", at most once a day; nothing changes.
 * Submissions that look automated (the question form's signals) are answered alike and mail nobody. A token older
 * than a week is accepted here, unlike on the question form: the footer form sits on pages that may be cached that
 * long, and the per-address limits still hold.
 */
export async function subscribe(input: SubscribeInput, ipHash: string, now = new Date()): Promise<SubscribeResult> {
  const wait = await takeFormAllowance("subscription", ipHash, input.email);
  if (wait > 0) {
    const minutes = Math.max(1, Math.ceil(wait / 60_000));
    return { ok: false, message: `Er is kort na elkaar vaak aangemeld. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.` };
  }
  const spam = spamReason(input, now.getTime());
  if (spam && spam !== "old-form") return { ok: true, subscriberId: null };
  const known = new Set(listSections().map((s) => s.id));
  const sectionIds = input.sectionIds.filter((id) => known.has(id));
  const consent = { consentText: CONSENT_TEXT, consentSource: SIGNUP_SOURCES[input.source], consentAt: now };
  const subscriberId = await inWriteTransaction(() => {
    const existing = findSubscriberByEmail({ email: input.email });
    if (!existing) {
      const id = insertSubscriber({ email: input.email, sectionIds, ipHash, ...consent });
      enqueueMail(confirmationMail({ id, email: input.email }));
      return id;
    }
    if (existing.status === "confirmed") {
      if (hadSubscriptionMailSince({ subscriberId: existing.id, since: new Date(now.getTime() - 24 * HOUR_MS) })) return null;
      enqueueMail(alreadySubscribedMail({ id: existing.id, email: existing.email }));
      return existing.id;
    }
    if (existing.status === "pending" && hadSubscriptionMailSince({ subscriberId: existing.id, since: new Date(now.getTime() - HOUR_MS) })) return null;
    restartSubscription({ id: existing.id, sectionIds, ipHash, ...consent });
    enqueueMail(confirmationMail({ id: existing.id, email: existing.email }));
    return existing.id;
  });
  return { ok: true, subscriberId };
}
