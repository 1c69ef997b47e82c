// The sign-up form, shared by the forms and the action. Sections arrive as repeated checkboxes and are read from the
// form data by the action (lib/newsletter/subscribe.ts checks them against the real sections).
import { z } from "@/lib/zod";
import { emailAddress } from "@/lib/validation/text-fields";
import { SIGNUP_SOURCES, type SignupSource } from "./consent";

export const subscribeSchema = z.object({
  email: emailAddress("Vul uw e-mailadres in."),
  source: z.enum(Object.keys(SIGNUP_SOURCES) as [SignupSource, ...SignupSource[]]).catch("nieuwsbrief"),
  // Spam signals, as on the question form.
  website: z.string().max(500).default(""),
  formToken: z.string().max(200).default(""),
  fillMs: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number().int().min(0).max(86_400_000).nullable()),
});

export type SubscribeInput = z.infer<typeof subscribeSchema> & { sectionIds: number[] };

/** Checked boxes as numbers; anything else is dropped (the server keeps only existing sections). */
export function sectionIdsFrom(values: FormDataEntryValue[]): number[] {
  return [...new Set(values.map(Number).filter((n) => Number.isInteger(n) && n > 0))];
}
