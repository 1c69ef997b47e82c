// Limits and messages of the image upload, shared by the upload route, the media store and the form (client-safe:
// no server dependencies). A no-JavaScript upload ends on the media page with one of these codes in the address, so
// the page can show the message next to its field without echoing text from the address.
import type { ActionState } from "@/lib/actions/action-state";

export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
/** 40 megapixels (e.g. 8000 × 5000): enough for press photos; decoding more costs seconds and hundreds of MB. */
export const MAX_UPLOAD_PIXELS = 40_000_000;
export const ALT_MAX = 300;
export const CAPTION_MAX = 300;

export const UPLOAD_MESSAGES = {
  "bestand-ontbreekt": "Kies een afbeelding.",
  "bestand-te-groot": "Deze afbeelding is groter dan 8 MB. Verklein haar eerst.",
  "geen-afbeelding": "Dit bestand is geen afbeelding die we kunnen gebruiken (JPEG, PNG, WebP, GIF, AVIF of TIFF).",
  "te-veel-pixels": "Deze afbeelding heeft meer dan 40 miljoen pixels (bijvoorbeeld 8000 × 5000). Verklein haar eerst.",
  beschadigd: "Deze afbeelding is beschadigd of onvolledig. Sla haar opnieuw op en probeer het nog eens.",
  "alt-ontbreekt": "Vul een alt-tekst in: wat is er op de afbeelding te zien?",
  "alt-te-lang": `Een alt-tekst mag hoogstens ${ALT_MAX} tekens lang zijn.`,
  "bijschrift-te-lang": `Een bijschrift mag hoogstens ${CAPTION_MAX} tekens lang zijn.`,
  // The single-line rules of lib/validation/text-fields.ts, worded for these two fields.
  "alt-een-regel": "Een alt-tekst moet op één regel staan, zonder regeleinden of besturingstekens.",
  "alt-leesrichting": "Een alt-tekst bevat tekens die de leesrichting omdraaien; haal ze weg.",
  "bijschrift-een-regel": "Een bijschrift moet op één regel staan, zonder regeleinden of besturingstekens.",
  "bijschrift-leesrichting": "Een bijschrift bevat tekens die de leesrichting omdraaien; haal ze weg.",
  "bijschrift-onzichtbaar": "Een bijschrift bevat alleen onzichtbare tekens.",
  "verzoek-te-groot": "Het formulier is groter dan 8 MB. Kies een kleinere afbeelding.",
  "ongeldig-formulier": "Het formulier kon niet worden gelezen. Probeer het opnieuw.",
  "andere-herkomst": "Dit formulier kwam niet van deze website en is niet verwerkt.",
  "geen-toegang": "U heeft geen toegang tot deze handeling.",
  "opslaan-mislukt": "De afbeelding kon niet worden opgeslagen. Probeer het later opnieuw.",
  bezig: "Het systeem is even bezig. Probeer het zo opnieuw.",
} as const;

export type UploadCode = keyof typeof UPLOAD_MESSAGES;
export type UploadField = "file" | "alt" | "caption";

/** The field a message belongs next to; codes without a field go in the summary on top. */
export const UPLOAD_CODE_FIELD: Partial<Record<UploadCode, UploadField>> = {
  "bestand-ontbreekt": "file",
  "bestand-te-groot": "file",
  "geen-afbeelding": "file",
  "te-veel-pixels": "file",
  beschadigd: "file",
  "verzoek-te-groot": "file",
  "alt-ontbreekt": "alt",
  "alt-te-lang": "alt",
  "bijschrift-te-lang": "caption",
  "alt-een-regel": "alt",
  "alt-leesrichting": "alt",
  "bijschrift-een-regel": "caption",
  "bijschrift-leesrichting": "caption",
  "bijschrift-onzichtbaar": "caption",
};

export function isUploadCode(value: unknown): value is UploadCode {
  return typeof value === "string" && Object.hasOwn(UPLOAD_MESSAGES, value);
}

export const addedMessage = (alt: string) => `Afbeelding “${alt}” is toegevoegd.`;

/** The code of a message, for the no-JavaScript redirect; unknown messages become the generic one. */
export function uploadCodeOf(message: string): UploadCode {
  const found = (Object.keys(UPLOAD_MESSAGES) as UploadCode[]).find((code) => UPLOAD_MESSAGES[code] === message);
  return found ?? "ongeldig-formulier";
}

/** The form's state after a no-JavaScript upload, from the codes and typed values in the media page's address. */
export function uploadStateFromQuery(query: { upload?: string; alt?: string; bijschrift?: string }): ActionState {
  const codes = (query.upload ?? "").split(",").filter(isUploadCode);
  if (codes.length === 0) return { status: "idle" };
  const errors: Record<string, string> = {};
  let message = "Controleer de gemarkeerde velden.";
  for (const code of codes) {
    const field = UPLOAD_CODE_FIELD[code];
    if (field) errors[field] ??= UPLOAD_MESSAGES[code];
    else message = UPLOAD_MESSAGES[code];
  }
  return { status: "error", message, fieldErrors: errors, values: { alt: query.alt?.slice(0, 300) ?? "", caption: query.bijschrift?.slice(0, 300) ?? "" } };
}
