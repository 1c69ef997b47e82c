import "server-only";
import type { OutgoingMail } from "@/db/queries/outbox";
import { SITE_NAME, siteUrl } from "@/lib/site";

type Question = { id: number; name: string; email: string; organisation: string; message: string };

/** The colleague (or the general inbox) hears that a question is waiting; the text stays in the inbox. */
export function notificationMail(q: Question, to: string, about: string | null): OutgoingMail {
  return {
    to,
    questionId: q.id,
    subject: `Nieuwe vraag van ${q.name}${about ? ` over “${about}”` : ""}`,
    text: [
      `Er is een nieuwe vraag binnengekomen via ${SITE_NAME}.`,
      "",
      `Van: ${q.name}${q.organisation ? ` (${q.organisation})` : ""}`,
      about ? `Over: ${about}` : "Via het contactformulier",
      "",
      `Lees en beantwoord de vraag in de redactieomgeving: ${siteUrl()}/redactie/vragen/${q.id}`,
    ].join("\n"),
  };
}

/** The visitor gets a receipt with their own question, who will answer and when. */
export function acknowledgementMail(q: Question, answeredBy: string | null): OutgoingMail {
  return {
    to: q.email,
    questionId: q.id,
    subject: `Uw vraag aan ${SITE_NAME} is ontvangen`,
    text: [
      `Beste ${q.name},`,
      "",
      `Bedankt voor uw vraag. ${answeredBy ?? "Een van onze medewerkers"} beantwoordt haar doorgaans binnen twee werkdagen.`,
      "",
      "Uw vraag:",
      q.message,
      "",
      `Met vriendelijke groet,\n${SITE_NAME}`,
      "",
      `Hoe wij met uw gegevens omgaan: ${siteUrl()}/privacy`,
    ].join("\n"),
  };
}

export function answerMail(q: Question, answer: string, answeredBy: string): OutgoingMail {
  return {
    to: q.email,
    questionId: q.id,
    subject: `Antwoord op uw vraag aan ${SITE_NAME}`,
    text: [`Beste ${q.name},`, "", answer, "", `Met vriendelijke groet,\n${answeredBy}\n${SITE_NAME}`, "", "Uw vraag was:", q.message].join("\n"),
  };
}

/** Where questions without a (active) colleague are announced. */
export function generalInboxAddress(): string | null {
  return process.env.GENERAL_INBOX_EMAIL || null;
}
