// The site settings an admin edits at /redactie/instellingen, one schema for the form and the server.
// No server dependencies (house rule 13).
import { ROLE_VALUES } from "@/lib/settings/roles";
import { emailAddress, multiLine, singleLine } from "@/lib/validation/text-fields";
import { z } from "@/lib/zod";

const httpUrl = z
  .string()
  .trim()
  .max(2048, "Een link mag hoogstens 2.048 tekens lang zijn.")
  .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), "Vul een volledig webadres in dat begint met https://.");

export const socialLinkSchema = z.object({
  label: singleLine("De naam van de link", { max: 40, required: "Geef de link een naam." }),
  url: httpUrl,
});

export const siteSettingsSchema = z.object({
  siteName: singleLine("De naam van de site", { max: 80, required: "Vul de naam van de site in." }),
  tagline: singleLine("De ondertitel", { max: 160 }),
  // A media library item; null shows the site name as text.
  logoMediaId: z.number().int().positive().nullable(),
  address: multiLine("Het adres", { max: 300 }),
  phone: singleLine("Het telefoonnummer", { max: 40 }),
  // Empty allowed: not every office publishes a general address.
  email: z.union([z.literal(""), emailAddress()]),
  socialLinks: z.array(socialLinkSchema).max(6, "Hoogstens zes links."),
  // The promise on the question form and its confirmation ("binnen twee werkdagen"); overdue counts from it.
  answerWorkingDays: z.number().int().min(1, "Minstens één werkdag.").max(20, "Hoogstens twintig werkdagen."),
  // The assignee of an open question is reminded by mail after this many working days.
  reminderWorkingDays: z.number().int().min(1, "Minstens één werkdag.").max(30, "Hoogstens dertig werkdagen."),
  // Newsletter mail handed to the mail server per minute.
  newsletterPerMinute: z.number().int().min(1, "Minstens één per minuut.").max(1000, "Hoogstens 1.000 per minuut."),
  // Roles that must use a second factor to log in.
  twoFactorRoles: z.array(z.enum(ROLE_VALUES)),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
export type SettingKey = keyof SiteSettings;
