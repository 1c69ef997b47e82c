import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { listSections } from "@/db/queries/sections";
import { confirmSubscriber, getSubscriber, unsubscribe, updateSubscriberSections, type Subscriber } from "@/db/queries/subscribers";
import { inWriteTransaction } from "@/db/queries/transaction";
import { verifyLink, type LinkPurpose } from "./signed-link";

// What the signed links in newsletter mail do. No login: the link is the proof. Messages say what went wrong
// without telling whether an address is on the list.

export type LinkResult = { ok: true } | { ok: false; message: string };

const MESSAGES = {
  expired: "Deze link is verlopen. Meld u opnieuw aan via de nieuwsbriefpagina.",
  invalid: "Deze link is niet geldig. Kopieer de hele link uit de e-mail, of meld u opnieuw aan via de nieuwsbriefpagina.",
};

/** The subscriber a link acts for, or the message to show instead. */
export function subscriberFromLink(token: string | undefined, purpose: LinkPurpose): { subscriber: Subscriber } | { message: string } {
  const check = verifyLink(token, purpose);
  if (!check.ok) return { message: MESSAGES[check.reason] };
  const subscriber = getSubscriber({ id: check.subscriberId });
  // Erased (or expired and forgotten) since the mail was sent.
  if (!subscriber) return { message: MESSAGES.invalid };
  return { subscriber };
}

export async function confirmSubscription(token: string): Promise<LinkResult> {
  const found = subscriberFromLink(token, "confirm");
  if ("message" in found) return { ok: false, message: found.message };
  if (found.subscriber.status === "unsubscribed") return { ok: false, message: MESSAGES.invalid };
  // Clicking twice is fine: a confirmed subscriber simply stays confirmed.
  const confirmed = await inWriteTransaction(() => confirmSubscriber({ id: found.subscriber.id, now: new Date() }));
  if (confirmed) recordAudit({ action: "newsletter.subscriber_confirmed", targetType: "subscriber", targetId: found.subscriber.id });
  return { ok: true };
}

/** One click: no login, no confirmation mail. Repeating it changes nothing. */
export async function unsubscribeWithLink(token: string | null): Promise<LinkResult> {
  const found = subscriberFromLink(token ?? undefined, "unsubscribe");
  if ("message" in found) return { ok: false, message: found.message };
  const left = await inWriteTransaction(() => unsubscribe({ id: found.subscriber.id, now: new Date() }));
  if (left) recordAudit({ action: "newsletter.subscriber_left", targetType: "subscriber", targetId: found.subscriber.id });
  return { ok: true };
}

export async function changeSections(token: string, sectionIds: number[]): Promise<LinkResult> {
  const found = subscriberFromLink(token, "preferences");
  if ("message" in found) return { ok: false, message: found.message };
  const known = new Set(listSections().map((s) => s.id));
  const changed = await inWriteTransaction(() => updateSubscriberSections({ id: found.subscriber.id, sectionIds: sectionIds.filter((id) => known.has(id)) }));
  if (!changed) return { ok: false, message: "U ontvangt de nieuwsbrief niet (meer). Meld u opnieuw aan via de nieuwsbriefpagina." };
  return { ok: true };
}
