import "server-only";
import type { OutgoingMail } from "@/db/queries/outbox";
import { SITE_NAME, siteUrl } from "@/lib/site";
import { confirmUrl, preferencesUrl, unsubscribePageUrl } from "./links";

// Mail to whatever address was typed into the sign-up form: it repeats nothing else that was typed.

export function confirmationMail({ id, email }: { id: number; email: string }): OutgoingMail {
  return {
    kind: "subscription",
    to: email,
    subscriberId: id,
    subject: `Bevestig uw aanmelding voor de nieuwsbrief van ${SITE_NAME}`,
    text: [
      "Goedendag,",
      "",
      `Op de website van ${SITE_NAME} is dit e-mailadres aangemeld voor de nieuwsbrief.`,
      "Wilt u de nieuwsbrief ontvangen? Bevestig dat dan via deze link (zeven dagen geldig):",
      "",
      confirmUrl(id),
      "",
      "Heeft u zich niet aangemeld? Dan hoeft u niets te doen: zonder bevestiging sturen we u niets en vergeten we het adres na zeven dagen.",
      "",
      `Hoe wij met uw gegevens omgaan: ${siteUrl()}/privacy`,
      "",
      "Dit is een automatisch bericht.",
    ].join("\n"),
  };
}

/** Someone signed up an address that already receives the newsletter: tell its owner, at most once a day. */
export function alreadySubscribedMail({ id, email }: { id: number; email: string }): OutgoingMail {
  return {
    kind: "subscription",
    to: email,
    subscriberId: id,
    subject: `U bent al aangemeld voor de nieuwsbrief van ${SITE_NAME}`,
    text: [
      "Goedendag,",
      "",
      `Op de website van ${SITE_NAME} is dit e-mailadres opnieuw aangemeld voor de nieuwsbrief. U ontvangt hem al; er verandert niets.`,
      "",
      `Rubrieken kiezen: ${preferencesUrl(id)}`,
      `Afmelden: ${unsubscribePageUrl(id)}`,
      "",
      "Dit is een automatisch bericht.",
    ].join("\n"),
  };
}
