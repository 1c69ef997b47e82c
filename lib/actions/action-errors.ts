import "server-only";
import type { ActionState } from "./action-state";
import { typedValues } from "./form-values";

// House rule 8: an error a person sees has a code and a Dutch sentence; its cause (a database message, a stack)
// goes to the server log only, without what the person typed.

export type ActionErrorCode = "database_busy" | "internal";

const MESSAGES: Record<ActionErrorCode, string> = {
  database_busy: "Het systeem is even bezig. Probeer het zo opnieuw; wat u typte staat er nog.",
  internal: "Er ging iets mis aan onze kant. Probeer het zo opnieuw; wat u typte staat er nog. Blijft dit gebeuren, neem dan contact met ons op.",
};

/**
 * SQLite could not get its lock in time (another writer held it), or too many password checks are waiting
 * (lib/auth/hash-queue.ts): worth trying again shortly.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_") || code === "SQLITE_LOCKED" || code === "PASSWORD_WORK_BUSY");
}

export function errorCode(error: unknown): ActionErrorCode {
  return isDatabaseBusy(error) ? "database_busy" : "internal";
}

export function failureState(error: unknown, formData: FormData): ActionState & { code: ActionErrorCode } {
  const code = errorCode(error);
  const cause = error instanceof Error ? `${error.name}${"code" in error ? ` ${String(error.code)}` : ""}: ${error.message}` : String(error);
  console.error(`[action] ${code}: ${cause.slice(0, 500)}`);
  return { status: "error", code, message: MESSAGES[code], values: typedValues(formData) };
}
