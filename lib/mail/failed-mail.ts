import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { countFailedMail, listFailedMail, requeueFailedMail } from "@/db/queries/outbox";
import type { MailKind } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { questionScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/session";

export const MAIL_KIND_LABELS: Record<MailKind, string> = {
  notification: "Melding aan collega",
  receipt: "Ontvangstbevestiging",
  answer: "Antwoord",
  reminder: "Herinnering aan collega",
  newsletter: "Nieuwsbrief",
  subscription: "Bevestiging nieuwsbrief",
  test: "Testmail",
};

/** Failed mail in the user's scope; the address only for those who may read every question. */
export function failedMailFor(user: CurrentUser) {
  const showAddress = can(user, "question.readAny");
  return listFailedMail({ scope: questionScope(user), limit: 200 }).map(({ to, ...mail }) => ({ ...mail, to: showAddress ? to : null }));
}

export function failedMailCount(user: CurrentUser): number {
  return countFailedMail({ scope: questionScope(user) });
}

/** Queues a failed mail again, if it is in the user's scope; logged without address or text. */
export function retryFailedMail(user: CurrentUser, id: number): { questionId: number | null } | null {
  const requeued = requeueFailedMail({ id, scope: questionScope(user) }) ?? null;
  recordAudit({ action: requeued ? "mail.retried" : "mail.retry_refused", userId: user.id, targetType: "outbox", targetId: id });
  return requeued;
}
