// Text fields as every schema uses them (house rule 14): trimmed, NFC, no control characters, not made only of
// invisible characters, with Dutch messages. No server dependencies: shared by forms and actions.
import { z } from "@/lib/zod";

// C0/C1 controls (CR and LF among them), DEL, and the Unicode line and paragraph separators.
const LINE_BREAK_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// The same without tab and line feed (and CR, which browsers send as CRLF in text areas).
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Bidirectional overrides and isolates reorder the text around them (a name that reads differently than it is).
const BIDI_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/;
// Characters that show nothing: format characters (zero-width space, joiners, BOM, soft hyphen...), separators and
// the blank letters some fonts draw as nothing.
const INVISIBLE = /[\p{Cf}\p{Z}\s\u115f\u1160\u3164\uffa0\u2800\u034f]/gu;

export function hasVisibleText(value: string): boolean {
  return value.replace(INVISIBLE, "") !== "";
}

type Options = { max: number; required?: string };

/**
 * One line of text (a name, a title, an organisation). `label` starts the messages ("De titel"); `required` is the
 * message for an empty field, also when only invisible characters were typed.
 */
export function singleLine(label: string, { max, required }: Options) {
  return z
    .string({ message: `${label} moet tekst zijn.` })
    .trim()
    .max(max, `${label} mag hoogstens ${max.toLocaleString("nl-NL")} tekens lang zijn.`)
    .refine((v) => !LINE_BREAK_OR_CONTROL.test(v), `${label} moet op één regel staan, zonder regeleinden of besturingstekens.`)
    .refine((v) => !BIDI_OVERRIDE.test(v), `${label} bevat tekens die de leesrichting omdraaien; haal ze weg.`)
    .refine((v) => (v === "" ? !required : hasVisibleText(v)), required ?? `${label} bevat alleen onzichtbare tekens.`)
    .transform((v) => v.normalize("NFC"));
}

/** Running text (a message, a bio, a note): line breaks and tabs allowed, other control characters not. */
export function multiLine(label: string, { max, required }: Options) {
  return z
    .string({ message: `${label} moet tekst zijn.` })
    .trim()
    .max(max, `${label} mag hoogstens ${max.toLocaleString("nl-NL")} tekens lang zijn.`)
    .refine((v) => !CONTROL_IN_TEXT.test(v), `${label} bevat besturingstekens; haal ze weg.`)
    .refine((v) => (v === "" ? !required : hasVisibleText(v)), required ?? `${label} bevat alleen onzichtbare tekens.`)
    .transform((v) => v.normalize("NFC"));
}

export const EMAIL_MAX = 254;

/**
 * An e-mail address as every form takes it: trimmed, lower case, at most 254 characters, with Dutch messages.
 * `required` is the message for an empty field.
 */
export function emailAddress(required = "Vul een e-mailadres in.") {
  return z
    .string({ message: required })
    .trim()
    .toLowerCase()
    .min(1, required)
    .max(EMAIL_MAX, "Dit e-mailadres is te lang.")
    .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."));
}
