"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "@/lib/zod";
import { multiLine } from "@/lib/validation/text-fields";
import { defineAction } from "@/lib/actions/define-action";
import { sendDueMail } from "@/lib/mail/send-outbox";
import { changeQuestion, type InboxChange } from "@/lib/questions/inbox";

const id = z.coerce.number().int().positive();
const text = (label: string) => multiLine(label, { max: 10_000, required: `Vul ${label.toLowerCase()} in.` });

const changeSchema = z.discriminatedUnion("kind", [
  z.object({ id, kind: z.literal("assign"), personId: z.coerce.number().int().positive({ message: "Kies een collega." }) }),
  z.object({ id, kind: z.literal("note"), text: text("Een notitie") }),
  z.object({ id, kind: z.literal("in_progress") }),
  z.object({ id, kind: z.literal("spam") }),
  z.object({ id, kind: z.literal("answer"), text: text("Het antwoord"), sendMail: z.preprocess((v) => v === "on", z.boolean()) }),
]);

/** Every inbox change: assign, note, in progress, spam, answer. Scope and permission are checked per question. */
export const changeQuestionAction = defineAction({
  permission: "question.readOwn",
  schema: changeSchema,
  handler: async ({ data, user }) => {
    const { id: questionId, ...change } = data;
    const result = await changeQuestion(user, questionId, change as InboxChange);
    if (!result.ok) return { status: "error", message: result.message };
    after(() => sendDueMail(new Date(), { questionId }).catch(() => undefined));
    revalidatePath(`/redactie/vragen/${questionId}`);
    return { status: "success", message: result.message };
  },
});
