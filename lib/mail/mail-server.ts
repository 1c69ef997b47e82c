/** Whether mail can go out at all: without SMTP_URL the outbox keeps everything and nothing is sent. */
export function mailServerConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.SMTP_URL);
}
