import "server-only";
import { enqueueMail, type OutgoingMail } from "@/db/queries/outbox";
import { listUnremindedOpenQuestions, markReminded } from "@/db/queries/question-reminders";
import { inWriteTransaction } from "@/db/queries/transaction";
import { generalInboxAddress, recipientAddress } from "@/lib/mail/question-mails";
import { SITE_NAME, siteUrl } from "@/lib/site";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { workingDaysBetween, workingDaysPhrase } from "./working-days";

type Due = { id: number; name: string; createdAt: Date; postTitle: string | null; topic: string | null };

function reminderMail(q: Due, to: string, age: number, promised: number, hasAccount: boolean): OutgoingMail {
  return {
    kind: "reminder",
    to,
    questionId: q.id,
    subject: `Herinnering: vraag van ${q.name} wacht op antwoord`,
    text: [
      `De vraag van ${q.name}${q.postTitle || q.topic ? ` over “${q.postTitle ?? q.topic}”` : ""} wacht al ${workingDaysPhrase(age)} op antwoord.`,
      `Op de site beloven we een antwoord binnen ${workingDaysPhrase(promised)}.`,
      "",
      hasAccount
        ? `Beantwoord of stuur de vraag door in de redactieomgeving: ${siteUrl()}/redactie/vragen/${q.id}`
        : `U heeft geen account voor de redactieomgeving; vraag een redacteur naar vraag nummer ${q.id}.`,
      "",
      `Dit is een automatische herinnering van ${SITE_NAME}; u krijgt er één per vraag.`,
    ].join("\n"),
  };
}

/**
 * Reminds the recipient of every open question that has waited `reminderWorkingDays` working days, once per
 * question (questions.remindedAt, set in the same transaction as the queued mail). Questions for the general inbox
 * remind that address. Returns how many reminders were queued.
 */
export async function queueDueReminders(now: Date): Promise<number> {
  const { reminderWorkingDays, answerWorkingDays } = getSiteSettings();
  const due = listUnremindedOpenQuestions()
    .map((q) => ({ q, age: workingDaysBetween(q.createdAt, now) }))
    .filter(({ age }) => age >= reminderWorkingDays);
  if (due.length === 0) return 0;
  return inWriteTransaction(() => {
    let queued = 0;
    for (const { q, age } of due) {
      const personal = q.recipientId ? recipientAddress(q) : null;
      const to = personal ?? generalInboxAddress();
      // Marked even without an address: there is no one to remind, and the inbox shows the question as overdue.
      if (!markReminded({ id: q.id, at: now }) || !to) continue;
      enqueueMail(reminderMail(q, to, age, answerWorkingDays, !personal || Boolean(q.accountEmail)));
      queued++;
    }
    return queued;
  });
}
