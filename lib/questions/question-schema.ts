// The "Stel uw vraag" form, shared by the form and the action. Every field has a size limit.
import { z } from "@/lib/zod";
import { emailAddress, multiLine, singleLine } from "@/lib/validation/text-fields";

import { MESSAGE_MAX, NAME_MAX, ORGANISATION_MAX } from "./question-fields";

const optionalId = z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.coerce.number().int().positive().nullable());

export const questionSchema = z.object({
  name: singleLine("Uw naam", { max: NAME_MAX, required: "Vul uw naam in." }),
  email: emailAddress("Vul uw e-mailadres in."),
  organisation: singleLine("De naam van uw organisatie", { max: ORGANISATION_MAX }).default(""),
  message: multiLine("Uw vraag", { max: MESSAGE_MAX, required: "Schrijf uw vraag." }),
  // Where the question was asked; the server looks up who receives it.
  postId: optionalId,
  personId: optionalId,
  topic: z.string().trim().max(60).default(""),
  // Spam signals: a field people never see, and how long the form was open.
  website: z.string().max(500).default(""),
  formToken: z.string().max(200).default(""),
  fillMs: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number().int().min(0).max(86_400_000).nullable()),
});

export type QuestionInput = z.infer<typeof questionSchema>;
