"use server";

import { redirect } from "next/navigation";
import { fieldErrors, invalid, type ActionState } from "@/lib/actions/define-action";
import { setPasswordSchema } from "@/lib/auth/account-schemas";
import { setPasswordWithToken } from "@/lib/auth/own-account";
import { DATABASE_BUSY_MESSAGE, isDatabaseBusy } from "@/lib/database-busy";

// No session here: the one-time token in the link is the credential, checked against its stored hash.
export async function setPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = setPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(formData, fieldErrors(parsed.error));
  const result = await setPasswordWithToken(parsed.data.token, parsed.data.newPassword).catch((error: unknown) => {
    if (isDatabaseBusy(error)) return { ok: false as const, field: undefined, message: DATABASE_BUSY_MESSAGE };
    throw error;
  });
  if (!result.ok) return result.field ? invalid(formData, { [result.field]: result.message }) : { status: "error", message: result.message };
  redirect("/inloggen?wachtwoord=ingesteld");
}
