import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { enqueueMail } from "@/db/queries/outbox";
import { getActiveRecipient } from "@/db/queries/people";
import { addQuestionEvent, getQuestionInScope, updateQuestion } from "@/db/queries/questions";
import { inWriteTransaction } from "@/db/queries/transaction";
import { questionScope } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/session";
import { answerMail, notificationMail, recipientAddress } from "@/lib/mail/question-mails";
import { mailServerConfigured } from "@/lib/mail/mail-server";
import { answeredEvent, answeredMessage } from "./answer-message";

export type InboxChange =
  | { kind: "assign"; personId: number }
  | { kind: "note"; text: string }
  | { kind: "in_progress" }
  | { kind: "spam" }
  | { kind: "answer"; text: string; sendMail: boolean };

/** A question the user may see (authors: only those addressed to their person); every view is logged. */
export function openQuestion(user: CurrentUser, id: number) {
  const found = getQuestionInScope({ id, scope: questionScope(user) });
  recordAudit({ action: found ? "question.viewed" : "question.view_refused", userId: user.id, targetType: "question", targetId: id });
  return found;
}

const NOT_YOURS = "Deze vraag bestaat niet of is niet aan u gericht.";

/** Applies one change to a question in the user's scope, with a history entry and an audit record. */
export async function changeQuestion(user: CurrentUser, id: number, change: InboxChange): Promise<{ ok: true; message: string } | { ok: false; message: string }> {
  const found = getQuestionInScope({ id, scope: questionScope(user) });
  if (!found) {
    recordAudit({ action: "question.change_refused", userId: user.id, targetType: "question", targetId: id, detail: { kind: change.kind } });
    return { ok: false, message: NOT_YOURS };
  }
  const now = new Date();
  let message = "";
  const result = await inWriteTransaction(() => {
    // Read again inside the transaction: the question may have been forwarded out of this user's scope, or changed,
    // while this write waited for the lock.
    const current = getQuestionInScope({ id, scope: questionScope(user) });
    if (!current) return { ok: false as const, message: NOT_YOURS };
    const q = current.question;
    switch (change.kind) {
      case "assign": {
        const person = getActiveRecipient({ id: change.personId });
        if (!person) return { ok: false as const, message: "Kies een actieve collega." };
        updateQuestion({ id }, { recipientId: person.id, status: q.status === "new" ? "new" : q.status });
        addQuestionEvent({ questionId: id, userId: user.id, type: "assigned", body: `Doorgestuurd naar ${person.name}.` });
        const to = recipientAddress(person);
        if (to) enqueueMail(notificationMail(q, to, current.postTitle ?? q.topic, { hasAccount: Boolean(person.accountEmail) }));
        message = `De vraag is doorgestuurd naar ${person.name}.`;
        break;
      }
      case "note":
        addQuestionEvent({ questionId: id, userId: user.id, type: "note", body: change.text });
        message = "De notitie is toegevoegd.";
        break;
      case "in_progress":
        updateQuestion({ id }, { status: "in_progress", closedAt: null });
        addQuestionEvent({ questionId: id, userId: user.id, type: "in_progress", body: "In behandeling genomen." });
        message = "De vraag is in behandeling.";
        break;
      case "spam":
        updateQuestion({ id }, { status: "spam", closedAt: now });
        addQuestionEvent({ questionId: id, userId: user.id, type: "spam", body: "Als spam gemarkeerd." });
        message = "De vraag is als spam gemarkeerd.";
        break;
      case "answer": {
        // Without a mail server nothing is queued: a mail that goes out months later, once one is set, would surprise.
        const how = { sendMail: change.sendMail, mailServer: mailServerConfigured() };
        updateQuestion({ id }, { status: "answered", answer: change.text, answeredAt: now, answeredById: user.id, closedAt: now });
        addQuestionEvent({ questionId: id, userId: user.id, type: "answered", body: answeredEvent(how) });
        if (how.sendMail && how.mailServer) enqueueMail(answerMail(q, change.text, user.name));
        message = answeredMessage(how);
        break;
      }
    }
    return { ok: true as const, message };
  });
  recordAudit({ action: `question.${change.kind}`, userId: user.id, targetType: "question", targetId: id, detail: { ok: result.ok } });
  return result;
}
