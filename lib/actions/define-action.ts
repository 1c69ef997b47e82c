import "server-only";
import type { z } from "zod";
import { authorize, type CurrentUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { DATABASE_BUSY_MESSAGE, isDatabaseBusy } from "@/lib/database-busy";

import type { ActionState } from "./action-state";

export type { ActionState };

const SECRET_FIELD = /password|wachtwoord|token|secret/i;

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

export const DENIED: ActionState = { status: "error", message: "U heeft geen toegang tot deze handeling." };

/**
 * Wraps a server action: checks session and permission first (the action may be called directly, without the
 * page), then parses the form with zod, then runs the handler with typed data.
 */
export function defineAction<S extends z.ZodType>(options: {
  permission: Permission;
  schema: S;
  handler: (input: { data: z.infer<S>; user: CurrentUser; formData: FormData }) => Promise<ActionState>;
}) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const auth = await authorize(options.permission);
    if ("denied" in auth) return DENIED;
    const parsed = options.schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(formData, fieldErrors(parsed.error));
    try {
      return await options.handler({ data: parsed.data, user: auth.user, formData });
    } catch (error) {
      if (!isDatabaseBusy(error)) throw error;
      return { status: "error", message: DATABASE_BUSY_MESSAGE, values: typedValues(formData) };
    }
  };
}
