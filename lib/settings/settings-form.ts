// The settings page's form as the browser posts it (flat strings, one field per input), turned into SiteSettings
// with the same field rules as lib/settings/settings-schema.ts. Field names match the inputs, so every error lands
// next to its field. No server dependencies.
import { ROLE_VALUES } from "@/lib/settings/roles";
import { siteSettingsSchema, socialLinkSchema, type SiteSettings } from "@/lib/settings/settings-schema";
import { singleLine } from "@/lib/validation/text-fields";
import { z } from "@/lib/zod";

/** How many social-link rows the form shows (the schema allows up to six). */
export const SOCIAL_ROWS = 4;

const shape = siteSettingsSchema.shape;
const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);
const wholeNumber = (rule: z.ZodType<number, number>) =>
  z.coerce.number({ error: "Vul een getal in." }).int("Vul een heel getal in.").pipe(rule);
const checked = z.preprocess((v) => v === "on" || v === "true", z.boolean());

const URL_MESSAGE = "Vul een volledig webadres in dat begint met https://.";
const socialFields = Object.fromEntries(
  Array.from({ length: SOCIAL_ROWS }, (_, i) => [
    [`socialLabel${i}`, singleLine("De naam van de link", { max: 40 }).default("")],
    // Checked on its own (not only as a pair below), so a bad address is reported together with other errors.
    [`socialUrl${i}`, z.string().trim().default("").refine((v) => v === "" || socialLinkSchema.shape.url.safeParse(v).success, URL_MESSAGE)],
  ]).flat(),
) as Record<string, z.ZodType<string>>;

const roleFields = Object.fromEntries(ROLE_VALUES.map((r) => [`twoFactor_${r}`, checked])) as Record<string, z.ZodType<boolean>>;

export const settingsFormSchema = z
  .object({
    siteName: shape.siteName,
    tagline: shape.tagline.default(""),
    logoMediaId: z.preprocess(blankToNull, z.coerce.number().int().positive().nullable()),
    address: shape.address.default(""),
    phone: shape.phone
      .default("")
      .refine((v) => v === "" || /^[+\d][\d\s()-]{5,}$/.test(v), "Vul een geldig telefoonnummer in, zoals 020 123 45 67."),
    email: z
      .string()
      .trim()
      .default("")
      .pipe(shape.email),
    answerWorkingDays: wholeNumber(shape.answerWorkingDays),
    reminderWorkingDays: wholeNumber(shape.reminderWorkingDays),
    newsletterPerMinute: wholeNumber(shape.newsletterPerMinute),
    ...socialFields,
    ...roleFields,
  })
  .superRefine((form, ctx) => {
    const values = form as Record<string, unknown>;
    for (let i = 0; i < SOCIAL_ROWS; i++) {
      const label = String(values[`socialLabel${i}`] ?? "");
      const url = String(values[`socialUrl${i}`] ?? "");
      if (!label && !url) continue;
      const parsed = socialLinkSchema.safeParse({ label, url });
      for (const issue of parsed.error?.issues ?? []) {
        const field = issue.path[0] === "label" ? `socialLabel${i}` : `socialUrl${i}`;
        ctx.addIssue({ code: "custom", path: [field], message: issue.message });
      }
    }
  })
  .transform((form): SiteSettings => {
    const values = form as Record<string, unknown>;
    const socialLinks = Array.from({ length: SOCIAL_ROWS }, (_, i) => ({ label: String(values[`socialLabel${i}`]), url: String(values[`socialUrl${i}`]) })).filter(
      (link) => link.label && link.url,
    );
    return {
      siteName: form.siteName,
      tagline: form.tagline,
      logoMediaId: form.logoMediaId,
      address: form.address,
      phone: form.phone,
      email: form.email,
      socialLinks,
      answerWorkingDays: form.answerWorkingDays,
      reminderWorkingDays: form.reminderWorkingDays,
      newsletterPerMinute: form.newsletterPerMinute,
      twoFactorRoles: ROLE_VALUES.filter((r) => values[`twoFactor_${r}`] === true),
    };
  });
