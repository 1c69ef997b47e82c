import "server-only";
import { PasswordWorkBusy } from "@/lib/auth/hash-queue";
import { DATABASE_BUSY_MESSAGE, isDatabaseBusy } from "@/lib/database-busy";
import type { ActionState } from "./action-state";
import { typedValues } from "./form-values";
import { logEvent } from "@/lib/log/log.mjs";

// House rule 8: an error a person sees has a code and a Dutch sentence; its cause (a database message, a stack)
// goes to the server log only, without what the person typed.

export type ActionErrorCode = "busy" | "internal";

const MESSAGES: Record<ActionErrorCode, string> = {
  busy: DATABASE_BUSY_MESSAGE,
  internal: "Er ging iets mis aan onze kant. Probeer het zo opnieuw; wat u typte staat er nog. Blijft dit gebeuren, neem dan contact met ons op.",
};

/** Worth trying again shortly: the database's write lock was held too long, or too many password checks wait. */
export function isBusy(error: unknown): boolean {
  return isDatabaseBusy(error) || error instanceof PasswordWorkBusy;
}

export function failureState(error: unknown, formData: FormData): ActionState & { code: ActionErrorCode } {
  const code: ActionErrorCode = isBusy(error) ? "busy" : "internal";
  const cause = error instanceof Error ? `${error.name}${"code" in error ? ` ${String(error.code)}` : ""}: ${error.message}` : String(error);
  logEvent("error", "action_failed", { code, error: cause.slice(0, 500) });
  return { status: "error", code, message: MESSAGES[code], values: typedValues(formData) };
}
