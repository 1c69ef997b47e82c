"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "@/lib/zod";
import { defineAction, typedValues } from "@/lib/actions/define-action";
import { sendDueMail } from "@/lib/mail/send-outbox";
import { confirmSubscription, changeSections } from "@/lib/newsletter/subscriber-links";
import { subscribe } from "@/lib/newsletter/subscribe";
import { sectionIdsFrom, subscribeSchema } from "@/lib/newsletter/subscribe-schema";
import { clientIp, hashIp } from "@/lib/request-ip";

// Public: no session. The sign-up is rate-limited and checked for spam like the question form; the other two act
// only with a signed link from a mail.
export const subscribeAction = defineAction({
  permission: "public",
  schema: subscribeSchema,
  invalidMessage: "U bent nog niet aangemeld. Controleer het e-mailadres.",
  handler: async ({ data, formData }) => {
    const sectionIds = sectionIdsFrom(formData.getAll("sectionIds"));
    const result = await subscribe({ ...data, sectionIds }, hashIp(clientIp(await headers())));
    if (!result.ok) return { status: "error", message: result.message, values: { ...typedValues(formData), sectionIds: sectionIds.join(",") } };
    const subscriberId = result.subscriberId;
    if (subscriberId) after(() => sendDueMail(new Date(), { subscriberId }).catch(() => undefined));
    // The same page for every address, so it tells nobody whether an address was subscribed already.
    redirect("/nieuwsbrief/aangemeld");
  },
});

const tokenSchema = z.object({ t: z.string().max(200) });

export const confirmAction = defineAction({
  permission: "public",
  schema: tokenSchema,
  handler: async ({ data }) => {
    const result = await confirmSubscription(data.t);
    if (!result.ok) return { status: "error", message: result.message };
    redirect("/nieuwsbrief/bevestigd");
  },
});

export const preferencesAction = defineAction({
  permission: "public",
  schema: tokenSchema,
  handler: async ({ data, formData }) => {
    const result = await changeSections(data.t, sectionIdsFrom(formData.getAll("sectionIds")));
    if (!result.ok) return { status: "error", message: result.message };
    redirect(`/nieuwsbrief/voorkeuren?t=${encodeURIComponent(data.t)}&opgeslagen=1`);
  },
});
