import "server-only";
import type { z } from "@/lib/zod";
import type { ActionState } from "./action-state";

const SECRET_FIELD = /password|wachtwoord|token|secret/i;

/** What the person typed, to put back in the form: never secrets, never Next's own fields, at most 10,000 characters a field. */
export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$") && !SECRET_FIELD.test(key)) values[key] = value.slice(0, 10_000);
  }
  return values;
}

/** First zod message per field, for display next to that field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}

export function invalid(formData: FormData, errors: Record<string, string>, message = "Controleer de gemarkeerde velden."): ActionState {
  return { status: "error", message, fieldErrors: errors, values: typedValues(formData) };
}
