import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { countNewsletterSentSince } from "@/db/queries/newsletter-issues";
import { claimDueMail, markMailNotSent, markMailSent } from "@/db/queries/outbox";
import type { MailKind } from "@/db/schema";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { cleanReply, failsForEveryMail, LEASE_MS, nextAttempt, type SendError } from "./delivery-policy";
import { headersFor } from "./mail-headers";
import { isDatabaseBusy, withWriteRetry } from "@/lib/database-busy";
import { logEvent } from "@/lib/log/log.mjs";

let transport: Transporter | undefined;
// Sent, but the database stayed locked when we noted it: noted on a later run (it is still ours by its lease), and
// never sent twice.
const sentNotNoted = new Map<number, string | null>();

async function noteSent(id: number, reply: string | null): Promise<void> {
  try {
    await withWriteRetry(() => markMailSent({ id, reply }));
    sentNotNoted.delete(id);
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    sentNotNoted.set(id, reply);
  }
}

function transporter(): Transporter | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  // Short timeouts: a mail server that does not answer must not hold up the tick, and a send always ends well
  // within the outbox's lease (LEASE_MS).
  transport ??= nodemailer.createTransport(url, { connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10000, logger: false });
  return transport;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM || "Newsroom <noreply@localhost>";
}

const retryBaseSeconds = () => Number(process.env.OUTBOX_RETRY_SECONDS) || 60;

/**
 * Sends what is due at `due` from the outbox (or only the mail of one question or subscriber), at most `limit` mails. Every mail
 * is claimed first, so the scheduler's tick and a request's own send never send the same mail; each claim sends
 * once. Questions are stored before any mail is tried, so a mail server that is down only delays mail. Logs carry
 * the outbox id and the error code, never addresses or text.
 */
export async function sendDueMail(due = new Date(), only?: { questionId: number } | { subscriberId: number }, limit = 50): Promise<{ sent: number; failed: number }> {
  const smtp = transporter();
  if (!smtp) return { sent: 0, failed: 0 };
  let sent = 0;
  let failed = 0;
  for (const [id, reply] of sentNotNoted) await noteSent(id, reply);
  // Newsletter mail goes out at most newsletterPerMinute a minute (the mail server's rate); the rest waits its turn
  // while other mail passes it.
  let newsletterBudget = only ? 0 : getSiteSettings().newsletterPerMinute - countNewsletterSentSince({ since: new Date(Date.now() - 60_000) });
  for (let n = 0; n < limit; n++) {
    const skipKinds: MailKind[] = newsletterBudget > 0 ? [] : ["newsletter"];
    // Leases follow the real clock, also when the jobs route is asked to act as if it were later.
    const leaseUntil = new Date(Date.now() + LEASE_MS);
    const mail = await withWriteRetry(() => claimDueMail({ due, now: new Date(), leaseUntil, ...only, skipKinds }));
    if (!mail) break;
    if (sentNotNoted.has(mail.id)) {
      await noteSent(mail.id, sentNotNoted.get(mail.id) ?? null);
      continue;
    }
    try {
      if (mail.kind === "newsletter") newsletterBudget--;
      const headers = { ...headersFor(mail.kind), ...(mail.headers ?? {}) };
      const info = await smtp.sendMail({ from: mailFrom(), to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? undefined, headers });
      await noteSent(mail.id, cleanReply(info.response));
      sent++;
    } catch (caught) {
      const error = caught as SendError;
      const code = error.code ?? "ERROR";
      const retryAt = nextAttempt(error, mail.attempts, new Date(), retryBaseSeconds());
      await withWriteRetry(() => markMailNotSent({ id: mail.id, leaseUntil, nextAttemptAt: retryAt, error: code, reply: cleanReply(error.response) }));
      logEvent("warn", "mail_not_sent", { mailId: mail.id, code, reply: error.responseCode, attempt: mail.attempts, outcome: retryAt ? "retry" : "failed" });
      failed++;
      if (failsForEveryMail(error)) break;
    }
  }
  return { sent, failed };
}
