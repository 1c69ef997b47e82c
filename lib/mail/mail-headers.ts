import type { MailKind } from "@/db/schema";

/**
 * Extra headers per kind of mail (RFC 3834): a receipt is an automatic reply and a notification is generated, so
 * out-of-office replies and mailing lists leave them alone; so is newsletter mail. An answer is written by a person and gets none.
 */
export function headersFor(kind: MailKind): Record<string, string> {
  if (kind === "receipt") return { "Auto-Submitted": "auto-replied" };
  if (kind === "notification" || kind === "reminder" || kind === "newsletter" || kind === "subscription") return { "Auto-Submitted": "auto-generated" };
  return {};
}
