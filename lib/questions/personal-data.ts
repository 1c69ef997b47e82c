import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { eraseDataForEmail, findDataForEmail } from "@/db/queries/questions";
import { eraseSubscriberForEmail, findSubscriberDataForEmail } from "@/db/queries/subscribers";
import { inWriteTransaction } from "@/db/queries/transaction";
import type { CurrentUser } from "@/lib/auth/session";
import { keyedHash } from "@/lib/keyed-hash";

// AVG/GDPR requests about one e-mail address: questions, their mail, and a newsletter subscription. The log records
// who looked, never the address itself.

const SUBSCRIPTION_LABELS = { pending: "aangemeld, niet bevestigd", confirmed: "abonnee", unsubscribed: "afgemeld" } as const;

/** What the lookup page shows: counts and a short excerpt per question, as plain values for the page's form. */
export function personalDataSummary(user: CurrentUser, email: string) {
  recordAudit({ action: "privacy.searched", userId: user.id, detail: { email: keyedHash("email", email) } });
  const { questions, events, mail } = findDataForEmail({ email });
  return {
    email,
    questions: questions.map((q) => ({ id: q.id, createdAt: q.createdAt.toISOString(), status: q.status, excerpt: q.message.length > 80 ? `${q.message.slice(0, 80)}…` : q.message })),
    events: events.length,
    mail: mail.length,
    subscription: subscriptionSummary(email),
  };
}

function subscriptionSummary(email: string) {
  const s = findSubscriberDataForEmail({ email });
  return s ? { status: SUBSCRIPTION_LABELS[s.status], consentAt: s.consentAt.toISOString(), consentSource: s.consentSource } : null;
}

export type PersonalDataSummary = ReturnType<typeof personalDataSummary>;

function withoutIpHash<T extends { ipHash: string | null }>(row: T | null): Omit<T, "ipHash"> | null {
  if (!row) return null;
  const { ipHash: _ipHash, ...rest } = row;
  return rest;
}

export function exportPersonalData(user: CurrentUser, email: string) {
  recordAudit({ action: "privacy.exported", userId: user.id, detail: { email: keyedHash("email", email) } });
  const { questions, events, mail } = findDataForEmail({ email });
  return {
    exportedAt: new Date().toISOString(),
    email,
    questions: questions.map(({ ipHash, ...q }) => ({ ...q, history: events.filter((e) => e.questionId === q.id) })),
    mail,
    newsletterSubscription: withoutIpHash(findSubscriberDataForEmail({ email })),
  };
}

export async function erasePersonalData(user: CurrentUser, email: string): Promise<number> {
  const { erased, subscriptions } = await inWriteTransaction(() => ({ erased: eraseDataForEmail({ email }), subscriptions: eraseSubscriberForEmail({ email }) }));
  recordAudit({ action: "privacy.erased", userId: user.id, detail: { email: keyedHash("email", email), questions: erased, subscriptions } });
  return erased;
}
