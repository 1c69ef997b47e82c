// The staff-directory form, shared by the form and the save action.
import { z } from "@/lib/zod";
import { multiLine, singleLine } from "@/lib/validation/text-fields";

const optionalLine = (max: number, label: string) => singleLine(label, { max }).default("");
const optionalId = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number().int().positive().nullable());

export const personSchema = z.object({
  id: optionalId,
  name: singleLine("Een naam", { max: 120, required: "Vul een naam in." }),
  jobTitle: optionalLine(120, "De functie"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Dit e-mailadres is te lang.")
    .default("")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Vul een geldig e-mailadres in."),
  phone: optionalLine(40, "Het telefoonnummer").refine((v) => v === "" || /^[+\d][\d\s()-]{5,}$/.test(v), "Vul een geldig telefoonnummer in."),
  bio: multiLine("De korte bio", { max: 2000 }).default(""),
  photoId: optionalId,
  userId: optionalId,
  active: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});

export type PersonInput = z.infer<typeof personSchema>;
