import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { eraseDataForEmail, findDataForEmail } from "@/db/queries/questions";
import { inWriteTransaction } from "@/db/queries/transaction";
import type { CurrentUser } from "@/lib/auth/session";
import { keyedHash } from "@/lib/keyed-hash";

// AVG/GDPR requests about one e-mail address. The log records who looked, never the address itself.

/** What the lookup page shows: counts and a short excerpt per question, as plain values for the page's form. */
export function personalDataSummary(user: CurrentUser, email: string) {
  recordAudit({ action: "privacy.searched", userId: user.id, detail: { email: keyedHash("email", email) } });
  const { questions, events, mail } = findDataForEmail({ email });
  return {
    email,
    questions: questions.map((q) => ({ id: q.id, createdAt: q.createdAt.toISOString(), status: q.status, excerpt: q.message.length > 80 ? `${q.message.slice(0, 80)}…` : q.message })),
    events: events.length,
    mail: mail.length,
  };
}

export type PersonalDataSummary = ReturnType<typeof personalDataSummary>;

export function exportPersonalData(user: CurrentUser, email: string) {
  recordAudit({ action: "privacy.exported", userId: user.id, detail: { email: keyedHash("email", email) } });
  const { questions, events, mail } = findDataForEmail({ email });
  return {
    exportedAt: new Date().toISOString(),
    email,
    questions: questions.map(({ ipHash, ...q }) => ({ ...q, history: events.filter((e) => e.questionId === q.id) })),
    mail,
  };
}

export async function erasePersonalData(user: CurrentUser, email: string): Promise<number> {
  const erased = await inWriteTransaction(() => eraseDataForEmail({ email }));
  recordAudit({ action: "privacy.erased", userId: user.id, detail: { email: keyedHash("email", email), questions: erased } });
  return erased;
}
