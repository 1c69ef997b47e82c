"use server";

import { revalidatePath } from "next/cache";
import { defineAction, invalid, type ActionState } from "@/lib/actions/define-action";
import { changeRoleSchema, createUserSchema, setDisabledSchema, userIdSchema } from "@/lib/auth/account-schemas";
import { changeRole, createAccount, resetPassword, setDisabled, type AccountResult } from "@/lib/auth/accounts";
import { resetSecondFactorByAdmin } from "@/lib/auth/second-factor";
import { siteUrl } from "@/lib/site";

function toState(result: AccountResult, formData: FormData, success: string): ActionState {
  if (!result.ok) {
    return result.field ? invalid(formData, { [result.field]: result.message }) : { status: "error", message: result.message };
  }
  revalidatePath("/redactie/gebruikers");
  const link = result.link ? ` Eenmalige link om een wachtwoord te kiezen (72 uur geldig): ${siteUrl()}${result.link}` : "";
  return { status: "success", message: `${success}${link}` };
}

export const createUserAction = defineAction({
  permission: "user.manage",
  schema: createUserSchema,
  handler: async ({ data, user, formData }) => toState(await createAccount(data, user.id), formData, `Gebruiker ${data.name} is aangemaakt.`),
});

export const changeRoleAction = defineAction({
  permission: "user.manage",
  schema: changeRoleSchema,
  handler: async ({ data, user, formData }) => toState(await changeRole(data.userId, data.role, user.id), formData, "De rol is gewijzigd."),
});

export const setDisabledAction = defineAction({
  permission: "user.manage",
  schema: setDisabledSchema,
  handler: async ({ data, user, formData }) =>
    toState(await setDisabled(data.userId, data.disabled, user.id), formData, data.disabled ? "De gebruiker is geblokkeerd." : "De gebruiker is weer actief."),
});

export const resetPasswordAction = defineAction({
  permission: "user.manage",
  schema: userIdSchema,
  handler: async ({ data, user, formData }) => toState(await resetPassword(data.userId, user.id), formData, "Het wachtwoord is ingetrokken."),
});

/** A lost phone: the user's second factors are removed and their sessions end; they set one up again at login. */
export const resetSecondFactorAction = defineAction({
  permission: "user.manage",
  schema: userIdSchema,
  handler: async ({ data, user, formData }) =>
    toState(await resetSecondFactorByAdmin(data.userId, user.id), formData, "De tweestapsverificatie is uitgezet en de gebruiker is overal uitgelogd."),
});
