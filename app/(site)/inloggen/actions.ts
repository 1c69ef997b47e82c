"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "@/lib/zod";
import { emailAddress } from "@/lib/validation/text-fields";
import { isBusy } from "@/lib/actions/action-errors";
import { defineAction } from "@/lib/actions/define-action";
import { DATABASE_BUSY_MESSAGE } from "@/lib/database-busy";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signIn, signOut } from "@/lib/auth/config";
import { deviceCookie } from "@/lib/auth/device-cookie";
import { loginAttempt } from "@/lib/auth/login-attempt";
import { loginBlockedFor } from "@/lib/auth/login-limits";

const loginSchema = z.object({
  email: emailAddress("Vul uw e-mailadres in."),
  password: z.string().min(1, "Vul uw wachtwoord in.").max(1024, "Een wachtwoord mag hoogstens 1.024 tekens lang zijn."),
  callbackUrl: z.string().max(2048).catch(""),
});

const GENERIC = "Onbekend e-mailadres of onjuist wachtwoord.";

function retryMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`;
}

export const login = defineAction({
  permission: "public",
  schema: loginSchema,
  handler: async ({ data: { email, password, callbackUrl } }) => {
    try {
      await signIn("credentials", { email, password, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const values = { email, callbackUrl };
      if (isBusy(error)) return { status: "error", message: DATABASE_BUSY_MESSAGE, values };
      if (error instanceof CredentialsSignin && error.code === "busy") {
        return { status: "error", message: "Het systeem is even druk. Probeer het over een minuut opnieuw.", values };
      }
      if (error instanceof CredentialsSignin && error.code === "rate_limited") {
        return { status: "error", message: retryMessage(await loginBlockedFor(loginAttempt(await headers(), email))), values };
      }
      return { status: "error", message: GENERIC, values };
    }
    // This browser has now proven it knows the password: its later attempts count per device (lib/auth/login-limits.ts).
    const device = deviceCookie(email);
    (await cookies()).set(device.name, device.value, device.options);
    redirect(safeCallbackUrl(callbackUrl));
  },
});

const logoutAction = defineAction({
  permission: "public",
  schema: z.object({}),
  handler: async () => {
    await signOut({ redirectTo: "/inloggen?uitgelogd=1" });
    return { status: "idle" };
  },
});

/** The dashboard's "Uitloggen" button: a plain form action around the wrapped one. */
export async function logout(formData: FormData): Promise<void> {
  await logoutAction({ status: "idle" }, formData);
}
