"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "@/lib/zod";
import { emailAddress } from "@/lib/validation/text-fields";
import { isBusy } from "@/lib/actions/action-errors";
import { defineAction, type ActionState } from "@/lib/actions/define-action";
import { DATABASE_BUSY_MESSAGE } from "@/lib/database-busy";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signIn, signOut } from "@/lib/auth/config";
import { deviceCookie } from "@/lib/auth/device-cookie";
import { loginAttempt } from "@/lib/auth/login-attempt";
import { loginBlockedFor } from "@/lib/auth/login-limits";
import { authenticationOptions } from "@/lib/auth/passkeys";
import { PENDING_LOGIN_COOKIE, pendingLoginCookie } from "@/lib/auth/pending-login";
import { codeMessage, pendingLoginFor, pendingLoginState } from "@/lib/auth/second-factor";

const loginSchema = z.object({
  email: emailAddress("Vul uw e-mailadres in."),
  password: z.string().min(1, "Vul uw wachtwoord in.").max(1024, "Een wachtwoord mag hoogstens 1.024 tekens lang zijn."),
  callbackUrl: z.string().max(2048).catch(""),
});

const GENERIC = "Onbekend e-mailadres of onjuist wachtwoord.";
const BUSY = "Het systeem is even druk. Probeer het over een minuut opnieuw.";

function retryMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`;
}

function loginPage(callbackUrl: string, extra = ""): string {
  const target = safeCallbackUrl(callbackUrl);
  return `/inloggen?callbackUrl=${encodeURIComponent(target)}${extra}`;
}

/** Logged in: this browser has proven it knows the account (its later attempts count per device), then onwards. */
async function loggedIn(email: string | null, callbackUrl: string): Promise<never> {
  const jar = await cookies();
  jar.delete({ name: PENDING_LOGIN_COOKIE, path: "/inloggen" });
  if (email) {
    const device = deviceCookie(email);
    jar.set(device.name, device.value, device.options);
  }
  redirect(safeCallbackUrl(callbackUrl));
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
      if (error instanceof CredentialsSignin && error.code === "busy") return { status: "error", message: BUSY, values };
      if (error instanceof CredentialsSignin && error.code === "rate_limited") {
        return { status: "error", message: retryMessage(await loginBlockedFor(loginAttempt(await headers(), email))), values };
      }
      if (error instanceof CredentialsSignin && error.code === "second_factor") {
        // The password was right; the second step (this page again) needs to know for whom, for five minutes.
        const pending = pendingLoginFor(email);
        if (pending) {
          const cookie = pendingLoginCookie(pending);
          (await cookies()).set(cookie.name, cookie.value, cookie.options);
          redirect(loginPage(callbackUrl));
        }
      }
      return { status: "error", message: GENERIC, values };
    }
    return loggedIn(email, callbackUrl);
  },
});

const codeSchema = z.object({
  code: z.string().trim().min(1, "Vul de code in.").max(40, "Een code is hoogstens 40 tekens lang."),
  callbackUrl: z.string().max(2048).catch(""),
});

/** Step two: a code from the authenticator app or a recovery code, for the login the cookie names. */
export const verifyLoginCode = defineAction({
  permission: "public",
  schema: codeSchema,
  handler: async ({ data: { code, callbackUrl } }) => {
    const pending = (await cookies()).get(PENDING_LOGIN_COOKIE)?.value ?? "";
    const state = pendingLoginState(pending);
    if (!state) redirect(loginPage(callbackUrl, "&stap=verlopen"));
    try {
      await signIn("second-factor", { pending, code, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const values = { callbackUrl };
      if (isBusy(error)) return { status: "error", message: DATABASE_BUSY_MESSAGE, values };
      const reason = error instanceof CredentialsSignin ? error.code : "";
      if (reason === "busy") return { status: "error", message: BUSY, values };
      if (reason === "pending_expired") redirect(loginPage(callbackUrl, "&stap=verlopen"));
      const message =
        reason === "rate_limited"
          ? retryMessage(await loginBlockedFor(loginAttempt(await headers(), state.email)))
          : codeMessage({ ok: false, reason: reason === "reused_code" ? "reused" : "wrong" });
      return { status: "error", message: "De code is niet geaccepteerd.", fieldErrors: { code: message }, values };
    }
    return loggedIn(state.email, callbackUrl);
  },
});

/** Back to step one (another account, or no code at hand). */
export const cancelSecondFactor = defineAction({
  permission: "public",
  schema: z.object({ callbackUrl: z.string().max(2048).catch("") }),
  handler: async ({ data }) => {
    (await cookies()).delete({ name: PENDING_LOGIN_COOKIE, path: "/inloggen" });
    redirect(loginPage(data.callbackUrl));
  },
});

export type PasskeyOptionsState = ActionState & { options?: Awaited<ReturnType<typeof authenticationOptions>>["options"]; token?: string };

/** A fresh challenge for a passkey login; the browser asks the authenticator to sign it. */
export const passkeyLoginOptions = defineAction<z.ZodObject, PasskeyOptionsState>({
  permission: "public",
  schema: z.object({}),
  handler: async () => ({ status: "success", ...(await authenticationOptions()) }),
});

/** The authenticator's answer: a passkey login stands for password and second factor together. */
export const passkeyLogin = defineAction({
  permission: "public",
  schema: z.object({ response: z.string().max(20_000), token: z.string().max(2000), callbackUrl: z.string().max(2048).catch("") }),
  handler: async ({ data: { response, token, callbackUrl } }) => {
    try {
      await signIn("passkey", { response, token, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      if (isBusy(error)) return { status: "error", message: DATABASE_BUSY_MESSAGE };
      return { status: "error", message: "Inloggen met deze passkey is niet gelukt. Is de passkey voor dit account geregistreerd? Probeer het opnieuw of log in met uw wachtwoord." };
    }
    return loggedIn(null, callbackUrl);
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
