import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { listDueMail, markMailFailed, markMailSent } from "@/db/queries/outbox";
import { isDatabaseBusy, withWriteRetry } from "@/lib/database-busy";

let transport: Transporter | undefined;
// Sent, but the database stayed locked when we noted it: noted on a later run, and never sent twice.
const sentNotNoted = new Set<number>();

async function noteSent(id: number): Promise<void> {
  try {
    await withWriteRetry(() => markMailSent({ id }));
    sentNotNoted.delete(id);
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    sentNotNoted.add(id);
  }
}

function transporter(): Transporter | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  // Short timeouts: a mail server that does not answer must not hold up the tick; the outbox retries.
  transport ??= nodemailer.createTransport(url, { connectionTimeout: 5000, greetingTimeout: 5000, socketTimeout: 10000, logger: false });
  return transport;
}

export function mailFrom(): string {
  return process.env.MAIL_FROM || "Newsroom <noreply@localhost>";
}

/** Waits 1, 2, 4 … minutes between attempts (capped at an hour); OUTBOX_RETRY_SECONDS scales it for tests. */
function retryDelayMs(attempts: number): number {
  const base = (Number(process.env.OUTBOX_RETRY_SECONDS) || 60) * 1000;
  return Math.min(base * 2 ** Math.max(0, attempts - 1), 3600_000);
}

/**
 * Sends what is due from the outbox. Questions are stored before any mail is tried, so a mail server that is down
 * only delays mail. Errors are logged without addresses or text.
 */
export async function sendDueMail(now = new Date(), only?: { questionId: number }): Promise<{ sent: number; failed: number }> {
  const smtp = transporter();
  if (!smtp) return { sent: 0, failed: 0 };
  let sent = 0;
  let failed = 0;
  for (const id of sentNotNoted) await noteSent(id);
  for (const mail of listDueMail({ now, limit: 50, questionId: only?.questionId })) {
    if (sentNotNoted.has(mail.id)) continue;
    let code: string | null = null;
    try {
      await smtp.sendMail({ from: mailFrom(), to: mail.to, subject: mail.subject, text: mail.text });
    } catch (error) {
      code = (error as { code?: string }).code ?? "ERROR";
    }
    if (code === null) {
      await noteSent(mail.id);
      sent++;
    } else {
      const attempts = mail.attempts + 1;
      await withWriteRetry(() => markMailFailed({ id: mail.id, attempts, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)), error: code }));
      console.warn(`[outbox] mail ${mail.id} not sent (${code}); attempt ${attempts}, will retry`);
      failed++;
    }
  }
  return { sent, failed };
}
