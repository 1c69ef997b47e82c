"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "@/lib/zod";
import { defineAction, invalid } from "@/lib/actions/define-action";
import { accountNameSchema, changePasswordSchema } from "@/lib/auth/account-schemas";
import { changeOwnPassword, logOutEverywhere, renameOwnAccount } from "@/lib/auth/own-account";
import { signOut } from "@/lib/auth/config";
import { loginAttempt } from "@/lib/auth/login-attempt";

export const updateNameAction = defineAction({
  permission: "account.manage",
  schema: accountNameSchema,
  handler: async ({ data, user }) => {
    await renameOwnAccount(user.id, data.name);
    return { status: "success", message: "Uw naam is opgeslagen.", values: { name: data.name } };
  },
});

export const changePasswordAction = defineAction({
  permission: "account.manage",
  schema: changePasswordSchema,
  handler: async ({ data, user, formData }) => {
    const result = await changeOwnPassword(user, loginAttempt(await headers(), user.email), data.currentPassword, data.newPassword);
    if (!result.ok) return invalid(formData, { [result.field ?? "form"]: result.message });
    await signOut({ redirect: false });
    redirect("/inloggen?wachtwoord=gewijzigd");
  },
});

export const logOutEverywhereAction = defineAction({
  permission: "account.manage",
  schema: z.object({}),
  handler: async ({ user }) => {
    await logOutEverywhere(user.id);
    await signOut({ redirect: false });
    redirect("/inloggen?uitgelogd=1");
  },
});
