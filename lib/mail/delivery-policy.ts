// What the outbox does after one attempt to hand a mail to the mail server. Pure, so it is unit-tested.

/** After this many attempts a mail is marked failed; with the default delays that is about five hours of trying. */
export const MAX_ATTEMPTS = 10;

/**
 * How long a claimed mail stays with its sender. Far longer than one send can take (nodemailer gives up after 5 s
 * without a connection or greeting and after 10 s of silence), so a mail is never claimed by two senders at once;
 * short enough that mail claimed by a process that died is picked up again soon.
 */
export const LEASE_MS = 5 * 60_000;

/** Waits 1, 2, 4 … times the base delay between attempts, at most an hour. */
export function retryDelayMs(attempts: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 1000 * 2 ** Math.max(0, attempts - 1), 3600_000);
}

export type SendError = { code?: string; responseCode?: number; response?: string };

/** nodemailer's codes for a refusal of this mail (its sender, recipient or content) rather than of the connection. */
const ABOUT_THIS_MAIL = ["EENVELOPE", "EMESSAGE"];

/**
 * A 5xx reply to this mail is the server's final word (unknown mailbox, refused content): sending it again changes
 * nothing. A 5xx to the connection itself (a wrong password, say) is a setting to fix, not a reason to give up.
 */
export function isPermanent(error: SendError): boolean {
  const code = error.responseCode;
  return ABOUT_THIS_MAIL.includes(error.code ?? "") && typeof code === "number" && code >= 500 && code < 600;
}

/** No server reached, or it refused the connection (login, TLS): the rest of the queue would fail the same way. */
export function failsForEveryMail(error: SendError): boolean {
  return !ABOUT_THIS_MAIL.includes(error.code ?? "");
}

/** Retry later (at the returned time), or give up (null) after a permanent reply or too many attempts. */
export function nextAttempt(error: SendError, attempts: number, now: Date, baseSeconds: number): Date | null {
  if (isPermanent(error) || attempts >= MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + retryDelayMs(attempts, baseSeconds));
}

const ADDRESS = /<?[^\s<>@]+@[^\s<>@]+>?/g;

/** The server's reply as stored and shown to editors: one line, no e-mail addresses, at most 200 characters. */
export function cleanReply(reply: string | undefined | null): string | null {
  if (!reply) return null;
  const line = reply.replace(ADDRESS, "[adres]").replace(/\s+/g, " ").trim();
  return line ? line.slice(0, 200) : null;
}
