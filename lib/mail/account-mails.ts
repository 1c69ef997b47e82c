import "server-only";
import type { OutgoingMail } from "@/db/queries/outbox";
import { formatDateTime } from "@/lib/dates";
import { SITE_NAME, siteUrl } from "@/lib/site";

/**
 * Tells an account's owner that its sign-in security changed, so a change they did not make does not go unseen.
 * Names what changed and when, never a secret or code.
 */
export function securityChangeMail(to: string, change: string, at = new Date()): OutgoingMail {
  return {
    kind: "notification",
    to,
    subject: `Beveiliging van uw account bij ${SITE_NAME} gewijzigd`,
    text: [
      "Goedendag,",
      "",
      `Op ${formatDateTime(at)} is de beveiliging van uw account in de redactieomgeving van ${SITE_NAME} gewijzigd:`,
      "",
      change,
      "",
      `Heeft u dit zelf gedaan? Dan hoeft u niets te doen. Zo niet, neem dan direct contact op met een beheerder en bekijk uw account: ${siteUrl()}/redactie/account/tweestapsverificatie`,
      "",
      "Dit is een automatisch bericht.",
    ].join("\n"),
  };
}
