// The staff-directory form, shared by the form and the save action.
import { z } from "@/lib/zod";

const optionalText = (max: number, label: string) => z.string().trim().max(max, `${label} mag hoogstens ${max} tekens lang zijn.`).default("");
const optionalId = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number().int().positive().nullable());

export const personSchema = z.object({
  id: optionalId,
  name: z.string().trim().min(1, "Vul een naam in.").max(120, "Een naam mag hoogstens 120 tekens lang zijn."),
  jobTitle: optionalText(120, "De functie"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Dit e-mailadres is te lang.")
    .default("")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Vul een geldig e-mailadres in."),
  phone: optionalText(40, "Het telefoonnummer").refine((v) => v === "" || /^[+\d][\d\s()-]{5,}$/.test(v), "Vul een geldig telefoonnummer in."),
  bio: optionalText(2000, "De korte bio"),
  photoId: optionalId,
  userId: optionalId,
  active: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});

export type PersonInput = z.infer<typeof personSchema>;
