// The post form's schema, shared by the editor (client) and the save action (server).
import { z } from "@/lib/zod";
import { multiLine, singleLine } from "@/lib/validation/text-fields";
import { LANGUAGES, POST_KINDS } from "@/lib/posts/post-constants";
import { fromAmsterdamInput, parseDutchDate } from "@/lib/dates";
import { isSafeHref } from "@/lib/content/safe-url";
import { isValidSlug, SLUG_MAX } from "@/lib/slugs";

// "update" ("Bijwerken") publishes the pending changes of a published post; "save"/"autosave" of a published post
// keep them pending (lib/posts/pending-changes.ts).
export const INTENTS = ["save", "autosave", "submit", "publish", "update", "schedule", "unpublish", "archive"] as const;
export type Intent = (typeof INTENTS)[number];

const emptyToNull = (v: unknown) => (v === "" || v === undefined ? null : v);
const optionalId = z.preprocess(emptyToNull, z.coerce.number().int().positive().nullable());
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const line = (max: number, label: string) => singleLine(label, { max }).default("");
const text = (max: number, label: string) => multiLine(label, { max }).default("");
const webAddress = (label: string) =>
  z
    .string()
    .trim()
    .max(2048, `${label}: een webadres mag hoogstens 2.048 tekens lang zijn.`)
    .default("")
    .refine((v) => v === "" || (isSafeHref(v) && /^https?:\/\//.test(v)), `${label}: vul een volledig webadres in dat begint met https://`)
    .transform((v) => v || null);
const localDateTime = (label: string) =>
  z
    .string()
    .default("")
    .transform((v, ctx) => {
      if (!v) return null;
      const date = fromAmsterdamInput(v);
      if (!date) ctx.addIssue({ code: "custom", message: `${label}: vul een geldige datum en tijd in.` });
      return date;
    });

export const postFieldsSchema = z.object({
  title: line(200, "De titel"),
  slug: z
    .string()
    .trim()
    .max(SLUG_MAX, `De korte URL mag hoogstens ${SLUG_MAX} tekens lang zijn.`)
    .default("")
    .refine((v) => v === "" || isValidSlug(v), "Gebruik in de korte URL alleen kleine letters, cijfers en losse streepjes."),
  lead: text(1000, "De intro"),
  sectionId: optionalId,
  kind: z.enum(POST_KINDS, { message: "Kies een soort bericht." }),
  language: z.enum(LANGUAGES, { message: "Kies een taal." }),
  contactPersonId: optionalId,
  coauthorIds: z
    .string()
    .default("")
    .transform((v) => [...new Set(v.split(",").filter(Boolean).map(Number))])
    .pipe(z.array(z.number().int().positive()).max(12, "Kies hoogstens 12 co-auteurs.")),
  featuredImageId: optionalId,
  highlighted: checkbox,
  eventStartsAt: localDateTime("Datum en tijd"),
  eventLocation: line(200, "De locatie"),
  eventOnline: checkbox,
  registrationUrl: webAddress("Aanmeldlink"),
  recordingUrl: webAddress("Opname"),
  seoTitle: line(120, "De SEO-titel"),
  seoDescription: text(300, "De SEO-omschrijving"),
  // Checked against the editor schema on the server (lib/content/document.ts).
  body: z.string().max(2_000_000, "De tekst is te lang.").default(""),
});

export const postFormSchema = postFieldsSchema.extend({
  id: optionalId,
  version: z.coerce.number().int().min(0).default(0),
  intent: z.enum(INTENTS).default("save"),
  // Set by the editor while the short URL follows the title: a taken one then gets a free suffix instead of a refusal.
  slugAuto: checkbox,
  scheduledAt: localDateTime("Publicatiemoment"),
  // Editors only (checked in the save): the date readers see, "Bijgewerkt op", and the curated rail (JSON rows,
  // checked per field by lib/posts/rail-input.ts). Absent from an author's form, so absent means "unchanged".
  publishedOn: z
    .string()
    .max(40, "Vul een datum in zoals 20-06-2025 of 20 juni 2025.")
    .default("")
    .transform((v, ctx) => {
      if (!v.trim()) return null;
      const date = parseDutchDate(v);
      if (!date) ctx.addIssue({ code: "custom", message: "Vul een datum in zoals 20-06-2025 of 20 juni 2025, eventueel met een tijd (10:30)." });
      return date;
    }),
  markRevised: checkbox,
  railItems: z.string().max(50_000, "De rail is te lang.").optional(),
});

export type PostForm = z.infer<typeof postFormSchema>;
