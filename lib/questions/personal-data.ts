import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { eraseDataForEmail, findDataForEmail } from "@/db/queries/questions";
import { inWriteTransaction } from "@/db/queries/transaction";
import type { CurrentUser } from "@/lib/auth/session";
import { keyedHash } from "@/lib/keyed-hash";

// AVG/GDPR requests about one e-mail address. The log records who looked, never the address itself.

export function personalData(user: CurrentUser, email: string) {
  recordAudit({ action: "privacy.searched", userId: user.id, detail: { email: keyedHash("email", email) } });
  return findDataForEmail({ email });
}

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
