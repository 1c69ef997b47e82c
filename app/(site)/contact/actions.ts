"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { defineAction, typedValues } from "@/lib/actions/define-action";
import { sendDueMail } from "@/lib/mail/send-outbox";
import { askQuestion } from "@/lib/questions/ask-question";
import { questionSchema } from "@/lib/questions/question-schema";
import { clientIp, hashIp } from "@/lib/request-ip";

// Public: no session. Every field is validated, the sender is rate-limited, and spam is stored as spam.
export const askQuestionAction = defineAction({
  permission: "public",
  schema: questionSchema,
  invalidMessage: "Uw vraag is nog niet verstuurd. Controleer de gemarkeerde velden.",
  handler: async ({ data, formData }) => {
    const result = await askQuestion(data, hashIp(clientIp(await headers())));
    if (!result.ok) return { status: "error", message: result.message, values: typedValues(formData) };
    // This question's mail goes out right after the answer is sent, ahead of any backlog; if it fails, the outbox
    // retries on the scheduler's next tick.
    after(() => sendDueMail(new Date(), { questionId: result.questionId }).catch(() => undefined));
    // Only ids and slugs in the address; the page looks the post up itself (public posts only), so this is no
    // open redirect and repeats nothing the visitor typed.
    const query = new URLSearchParams();
    if (result.recipient) query.set("door", result.recipient.slug);
    if (result.postId) query.set("bericht", String(result.postId));
    redirect(`/contact/verzonden${query.size ? `?${query}` : ""}`);
  },
});
