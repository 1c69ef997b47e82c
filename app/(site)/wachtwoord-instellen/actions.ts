"use server";

import { redirect } from "next/navigation";
import { defineAction, invalid } from "@/lib/actions/define-action";
import { setPasswordSchema } from "@/lib/auth/account-schemas";
import { setPasswordWithToken } from "@/lib/auth/own-account";

// No session here: the one-time token in the link is the credential, checked against its stored hash.
export const setPasswordAction = defineAction({
  permission: "public",
  schema: setPasswordSchema,
  handler: async ({ data, formData }) => {
    const result = await setPasswordWithToken(data.token, data.newPassword);
    if (!result.ok) return result.field ? invalid(formData, { [result.field]: result.message }) : { status: "error", message: result.message };
    redirect("/inloggen?wachtwoord=ingesteld");
  },
});
