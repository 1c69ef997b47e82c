"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { recordAudit } from "@/db/queries/audit";
import { inWriteTransaction } from "@/db/queries/transaction";
import { updateUser } from "@/db/queries/users";
import { defineAction, invalid } from "@/lib/actions/define-action";
import { accountNameSchema, changePasswordSchema } from "@/lib/auth/account-schemas";
import { changeOwnPassword, logOutEverywhere } from "@/lib/auth/own-account";
import { signOut } from "@/lib/auth/config";
import { clientIp, hashIp } from "@/lib/request-ip";

export const updateNameAction = defineAction({
  permission: "account.manage",
  schema: accountNameSchema,
  handler: async ({ data, user }) => {
    await inWriteTransaction(() => updateUser({ id: user.id }, { name: data.name }, { endSessions: false }));
    recordAudit({ action: "account.name_changed", userId: user.id, targetType: "user", targetId: user.id });
    return { status: "success", message: "Uw naam is opgeslagen.", values: { name: data.name } };
  },
});

export const changePasswordAction = defineAction({
  permission: "account.manage",
  schema: changePasswordSchema,
  handler: async ({ data, user, formData }) => {
    const result = await changeOwnPassword(user, hashIp(clientIp(await headers())), data.currentPassword, data.newPassword);
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
