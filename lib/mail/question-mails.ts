import "server-only";
import type { OutgoingMail } from "@/db/queries/outbox";
import { workingDaysPhrase } from "@/lib/questions/working-days";
import { SITE_NAME, siteUrl } from "@/lib/site";

type Question = { id: number; name: string; email: string; organisation: string; message: string };

/** Who is told about a question: the staff directory's address, else the address of the person's own login. */
export type Recipient = { email: string | null; accountEmail: string | null };

export function recipientAddress(recipient: Recipient): string | null {
  return recipient.email || recipient.accountEmail || null;
}

/**
 * The colleague (or the general inbox) hears that a question is waiting; the text stays in the inbox. A colleague
 * without a login cannot open the inbox, so their mail says who can, instead of linking to a page they cannot see.
 */
export function notificationMail(q: Question, to: string, about: string | null, { hasAccount = true }: { hasAccount?: boolean } = {}): OutgoingMail {
  return {
    kind: "notification",
    to,
    questionId: q.id,
    subject: `Nieuwe vraag van ${q.name}${about ? ` over “${about}”` : ""}`,
    text: [
      `Er is een nieuwe vraag binnengekomen via ${SITE_NAME}.`,
      "",
      `Van: ${q.name}${q.organisation ? ` (${q.organisation})` : ""}`,
      about ? `Over: ${about}` : "Via het contactformulier",
      "",
      hasAccount
        ? `Lees en beantwoord de vraag in de redactieomgeving: ${siteUrl()}/redactie/vragen/${q.id}`
        : `U heeft geen account voor de redactieomgeving. De vraag staat daar onder nummer ${q.id}; vraag een redacteur om haar met u te bekijken of om u een account te geven.`,
    ].join("\n"),
  };
}

/**
 * The receipt goes to whatever address was typed into the form, so it repeats nothing that was typed (no name, no
 * message): it only says that a question arrived via the site, from which article or page, and who will answer.
 */
export function acknowledgementMail(q: Pick<Question, "id" | "email">, answeredBy: string | null, from: { post: string | null; topic: string | null }, answerWorkingDays: number): OutgoingMail {
  const where = from.post ? `bij het artikel “${from.post}”` : from.topic ? `over ${from.topic}` : "via het vragenformulier";
  return {
    kind: "receipt",
    to: q.email,
    questionId: q.id,
    subject: `Uw vraag aan ${SITE_NAME} is ontvangen`,
    text: [
      "Goedendag,",
      "",
      `Op de website van ${SITE_NAME} is een vraag gesteld ${where}, met dit e-mailadres als afzender.`,
      `${answeredBy ?? "Een van onze medewerkers"} beantwoordt haar doorgaans binnen ${workingDaysPhrase(answerWorkingDays)}.`,
      "",
      "Heeft u deze vraag niet gesteld? Dan kunt u dit bericht negeren.",
      "",
      `Met vriendelijke groet,\n${SITE_NAME}`,
      "",
      `Hoe wij met uw gegevens omgaan: ${siteUrl()}/privacy`,
      "",
      "Dit is een automatisch bericht.",
    ].join("\n"),
  };
}

export function answerMail(q: Question, answer: string, answeredBy: string): OutgoingMail {
  return {
    kind: "answer",
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
