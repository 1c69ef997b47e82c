"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { fieldErrors, invalid, type ActionState } from "@/lib/actions/define-action";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signIn, signOut } from "@/lib/auth/config";
import { loginBlockedFor } from "@/lib/auth/login-limits";
import { DATABASE_BUSY_MESSAGE, isDatabaseBusy } from "@/lib/database-busy";
import { clientIp, hashIp } from "@/lib/request-ip";

const loginSchema = z.object({
  email: z.string().trim().min(1, "Vul uw e-mailadres in.").email("Vul een geldig e-mailadres in.").max(254),
  password: z.string().min(1, "Vul uw wachtwoord in.").max(1024),
});

const GENERIC = "Onbekend e-mailadres of onjuist wachtwoord.";

function retryMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`;
}

export async function login(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = loginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalid(formData, fieldErrors(parsed.error));
  const { email, password } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirectTo: safeCallbackUrl(formData.get("callbackUrl")) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes the redirect that follows a successful login
    const values = { email, callbackUrl: String(formData.get("callbackUrl") ?? "") };
    if (isDatabaseBusy(error)) return { status: "error", message: DATABASE_BUSY_MESSAGE, values };
    if (error instanceof CredentialsSignin && error.code === "rate_limited") {
      const wait = await loginBlockedFor(email, hashIp(clientIp(await headers())));
      return { status: "error", message: retryMessage(wait), values };
    }
    return { status: "error", message: GENERIC, values };
  }
  return { status: "idle" };
}

export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/inloggen?uitgelogd=1" });
}
