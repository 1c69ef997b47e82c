import "server-only";
import { enqueueMail } from "@/db/queries/outbox";
import { getActiveRecipient } from "@/db/queries/people";
import { getPublicPostContact } from "@/db/queries/public-posts";
import { addQuestionEvent, insertQuestion } from "@/db/queries/questions";
import { inWriteTransaction } from "@/db/queries/transaction";
import { listSections } from "@/db/queries/sections";
import { acknowledgementMail, generalInboxAddress, notificationMail, recipientAddress } from "@/lib/mail/question-mails";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { takeQuestionAllowance } from "./question-limits";
import { mayQueueReceipt } from "./receipt-cap";
import type { QuestionInput } from "./question-schema";
import { spamReason } from "./spam-signals";

export type AskResult = { ok: true; questionId: number; postId: number | null; recipient: { name: string; slug: string } | null } | { ok: false; message: string };

/**
 * The post's contact person, or the chosen colleague, or the general inbox (null) - also when the intended
 * colleague is no longer active. The post id from the form is only a hint: the contact person comes from the post.
 */
function route(input: QuestionInput) {
  const post = input.postId ? getPublicPostContact({ id: input.postId }) : null;
  const personId = post?.contactPersonId ?? input.personId;
  const recipient = personId ? getActiveRecipient({ id: personId }) : null;
  const topic = listSections().find((s) => s.slug === input.topic)?.name ?? null;
  return { post, recipient, topic };
}

/**
 * Stores the question first; mail is queued in the same transaction and sent afterwards from the outbox.
 * Throws DatabaseBusyError when the database stays locked; then nothing is stored.
 */
export async function askQuestion(input: QuestionInput, ipHash: string): Promise<AskResult> {
  const wait = await takeQuestionAllowance(ipHash, input.email);
  if (wait > 0) {
    const minutes = Math.max(1, Math.ceil(wait / 60_000));
    return { ok: false, message: `U heeft kort na elkaar veel vragen gestuurd. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.` };
  }
  const { post, recipient, topic } = route(input);
  const spam = spamReason(input);
  const { answerWorkingDays } = getSiteSettings();
  const questionId = await inWriteTransaction(() => {
    const { id } = insertQuestion({
      postId: post?.id ?? null,
      recipientId: recipient?.id ?? null,
      name: input.name,
      email: input.email,
      organisation: input.organisation,
      topic,
      message: input.message,
      status: spam ? "spam" : "new",
      closedAt: spam ? new Date() : null,
      ipHash,
    });
    addQuestionEvent({ questionId: id, type: spam ? "spam" : "received", body: spam ? `Automatisch als spam gemarkeerd (${spam}).` : "" });
    if (spam) return id;
    const question = { id, ...input };
    // A colleague with neither a directory address nor a login hears nothing; the general inbox does instead.
    const personal = recipient ? recipientAddress(recipient) : null;
    const inbox = personal ?? generalInboxAddress();
    if (inbox) enqueueMail(notificationMail(question, inbox, post?.title ?? topic, { hasAccount: !personal || Boolean(recipient?.accountEmail) }));
    if (mayQueueReceipt()) enqueueMail(acknowledgementMail(question, recipient?.name ?? null, { post: post?.title ?? null, topic }, answerWorkingDays));
    return id;
  });
  // A bot is told the same as a person, so it learns nothing from the answer.
  return { ok: true, questionId, postId: post?.id ?? null, recipient: recipient ? { name: recipient.name, slug: recipient.slug } : null };
}
