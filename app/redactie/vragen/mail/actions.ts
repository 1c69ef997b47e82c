"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/define-action";
import { retryFailedMail } from "@/lib/mail/failed-mail";
import { sendDueMail } from "@/lib/mail/send-outbox";

/** Puts one failed mail back in the queue; the query checks that it is failed and in the user's scope. */
export const retryMailAction = defineAction({
  permission: "question.readOwn",
  schema: z.object({ id: z.coerce.number().int().positive() }),
  handler: async ({ data, user }) => {
    const requeued = retryFailedMail(user, data.id);
    if (!requeued) return { status: "error", message: "Deze e-mail bestaat niet, is al opnieuw in de wachtrij gezet of is niet aan u gericht." };
    if (requeued.questionId) {
      const questionId = requeued.questionId;
      after(() => sendDueMail(new Date(), { questionId }).catch(() => undefined));
    }
    redirect("/redactie/vragen/mail?opnieuw=1");
  },
});
