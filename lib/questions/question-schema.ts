// The "Stel uw vraag" form, shared by the form and the action. Every field has a size limit.
import { z } from "@/lib/zod";

export const MESSAGE_MAX = 5000;

const optionalId = z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.coerce.number().int().positive().nullable());

export const questionSchema = z.object({
  name: z.string().trim().min(1, "Vul uw naam in.").max(120, "Uw naam mag hoogstens 120 tekens lang zijn."),
  email: z.string().trim().toLowerCase().min(1, "Vul uw e-mailadres in.").max(254, "Dit e-mailadres is te lang.").pipe(z.email("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.")),
  organisation: z.string().trim().max(200, "De naam van uw organisatie mag hoogstens 200 tekens lang zijn.").default(""),
  message: z.string().trim().min(1, "Schrijf uw vraag.").max(MESSAGE_MAX, `Uw vraag mag hoogstens ${MESSAGE_MAX.toLocaleString("nl-NL")} tekens lang zijn.`),
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
