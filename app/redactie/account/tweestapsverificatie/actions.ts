"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { defineAction, invalid, type ActionState } from "@/lib/actions/define-action";
import { singleLine } from "@/lib/validation/text-fields";
import { loginAttempt } from "@/lib/auth/login-attempt";
import { registerPasskey, registrationOptions, removeOwnPasskey, renameOwnPasskey } from "@/lib/auth/passkeys";
import { confirmTotpSetup, disableTotp, regenerateRecoveryCodes, startTotpSetup } from "@/lib/auth/second-factor";
import { SECOND_FACTOR_SETUP_PATH } from "@/lib/auth/session";
import type { PasskeyRegistrationState, RecoveryCodesState } from "@/lib/auth/second-factor-state";

// Every action here has the permission "account.secondFactor": the only one a user whose role requires a second
// factor keeps until they have one (lib/auth/session.ts).

const code = z.string().trim().min(1, "Vul de code in.").max(40, "Een code is hoogstens 40 tekens lang.");
const passkeyName = singleLine("De naam", { max: 60, required: "Geef de passkey een naam, bijvoorbeeld het apparaat." });
const passkeyId = z.string().min(1).max(1024);

export const startTotpAction = defineAction({
  permission: "account.secondFactor",
  schema: z.object({}),
  handler: async ({ user }) => {
    if (!(await startTotpSetup(user.id))) return { status: "error", message: "Tweestapsverificatie met een app staat al aan." };
    // The page renders again with the new secret's QR code (a redirect to the same page would not refresh it).
    revalidatePath(SECOND_FACTOR_SETUP_PATH);
    return { status: "success" };
  },
});

/** The app's first code turns TOTP on; the answer carries the ten recovery codes, shown this once. */
export const confirmTotpAction = defineAction<z.ZodObject<{ code: typeof code }>, RecoveryCodesState>({
  permission: "account.secondFactor",
  schema: z.object({ code }),
  handler: async ({ data, user, formData }) => {
    const result = await confirmTotpSetup(user, data.code);
    if (!result.ok) return invalid(formData, { code: result.message }, "De code is niet geaccepteerd.");
    return { status: "success", message: "Tweestapsverificatie met een authenticator-app staat aan.", recoveryCodes: result.recoveryCodes };
  },
});

export const disableTotpAction = defineAction({
  permission: "account.secondFactor",
  schema: z.object({ code }),
  handler: async ({ data, user }) => {
    const result = await disableTotp(user, data.code, loginAttempt(await headers(), user.email));
    if (!result.ok) return { status: "error", message: "De code is niet geaccepteerd.", fieldErrors: { code: result.message } };
    revalidatePath(SECOND_FACTOR_SETUP_PATH);
    return { status: "success", message: "Inloggen met een authenticator-app staat uit." };
  },
});

export const regenerateCodesAction = defineAction<z.ZodObject, RecoveryCodesState>({
  permission: "account.secondFactor",
  schema: z.object({}),
  handler: async ({ user }) => {
    const codes = await regenerateRecoveryCodes(user);
    if (!codes) return { status: "error", message: "Herstelcodes horen bij een tweede factor: stel eerst een authenticator-app of passkey in." };
    return { status: "success", message: "Dit zijn uw nieuwe herstelcodes. De vorige werken niet meer.", recoveryCodes: codes };
  },
});

export const passkeyRegistrationOptionsAction = defineAction<z.ZodObject, PasskeyRegistrationState>({
  permission: "account.secondFactor",
  schema: z.object({}),
  handler: async ({ user }) => ({ status: "success", ...(await registrationOptions(user)) }),
});

export const registerPasskeyAction = defineAction({
  permission: "account.secondFactor",
  schema: z.object({ name: passkeyName, response: z.string().max(20_000), token: z.string().max(2000) }),
  handler: async ({ data, user, formData }) => {
    if (!(await registerPasskey(user, data.response, data.token, data.name))) {
      return { status: "error", message: "De passkey kon niet worden geregistreerd. Probeer het opnieuw.", values: { name: formData.get("name")?.toString() ?? "" } };
    }
    revalidatePath(SECOND_FACTOR_SETUP_PATH);
    return { status: "success", message: `De passkey “${data.name}” is toegevoegd.` };
  },
});

export const renamePasskeyAction = defineAction({
  permission: "account.secondFactor",
  schema: z.object({ id: passkeyId, name: passkeyName }),
  handler: async ({ data, user, formData }) => {
    if (!(await renameOwnPasskey(user.id, data.id, data.name))) return invalid(formData, { name: "Deze passkey bestaat niet (meer)." });
    revalidatePath(SECOND_FACTOR_SETUP_PATH);
    return { status: "success", message: "De naam is opgeslagen." };
  },
});

export const removePasskeyAction = defineAction({
  permission: "account.secondFactor",
  schema: z.object({ id: passkeyId }),
  handler: async ({ data, user }): Promise<ActionState> => {
    if (!(await removeOwnPasskey(user, data.id))) return { status: "error", message: "Deze passkey bestaat niet (meer)." };
    revalidatePath(SECOND_FACTOR_SETUP_PATH);
    return { status: "success", message: "De passkey is verwijderd." };
  },
});
