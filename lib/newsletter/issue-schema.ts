// The issue editor's form, shared by the form and the action. No server dependencies.
import { z } from "@/lib/zod";
import { multiLine, singleLine } from "@/lib/validation/text-fields";

export const SUBJECT_MAX = 150;
export const INTRO_MAX = 5000;

const id = z.coerce.number().int().positive();

export const issueIdSchema = z.object({ id });

export const saveIssueSchema = z.object({
  id,
  subject: singleLine("Het onderwerp", { max: SUBJECT_MAX, required: "Vul een onderwerp in." }),
  intro: multiLine("De inleiding", { max: INTRO_MAX }).default(""),
  // The button that was pressed: "up:12", "down:12", "remove:12", or "save".
  op: z
    .string()
    .regex(/^(save|(up|down|remove):\d{1,12})$/)
    .default("save"),
});

export const scheduleSchema = z.object({ id, at: z.string().trim().min(1, "Kies een datum en tijd.").max(20) });
