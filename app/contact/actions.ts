"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { fieldErrors, invalid, typedValues, type ActionState } from "@/lib/actions/define-action";
import { DATABASE_BUSY_MESSAGE, isDatabaseBusy } from "@/lib/database-busy";
import { sendDueMail } from "@/lib/mail/send-outbox";
import { askQuestion } from "@/lib/questions/ask-question";
import { questionSchema } from "@/lib/questions/question-schema";
import { clientIp, hashIp } from "@/lib/request-ip";

// Public: no session. Every field is validated, the sender is rate-limited, and spam is stored as spam.
export async function askQuestionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = questionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(formData, fieldErrors(parsed.error), "Uw vraag is nog niet verstuurd. Controleer de gemarkeerde velden.");
  const result = await askQuestion(parsed.data, hashIp(clientIp(await headers()))).catch((error: unknown) => {
    if (isDatabaseBusy(error)) return { ok: false as const, message: DATABASE_BUSY_MESSAGE };
    throw error;
  });
  if (!result.ok) return { status: "error", message: result.message, values: typedValues(formData) };
  // This question's mail goes out right after the answer is sent, ahead of any backlog; if it fails, the outbox
  // retries on the scheduler's next tick.
  after(() => sendDueMail(new Date(), { questionId: result.questionId }).catch(() => undefined));
  redirect(`/contact/verzonden${result.recipient ? `?door=${encodeURIComponent(result.recipient.slug)}` : ""}`);
}
