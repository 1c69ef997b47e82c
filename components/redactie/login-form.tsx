"use client";

import { useActionState } from "react";
import { login } from "@/app/(site)/inloggen/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(login, idle);
  return (
    <form action={action} className="form" noValidate>
      <FormStatus state={state} labels={{ email: "E-mailadres", password: "Wachtwoord" }} />
      <input type="hidden" name="callbackUrl" value={state.values?.callbackUrl || callbackUrl} />
      <FormField name="email" label="E-mailadres" type="email" autoComplete="username" required defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <FormField name="password" label="Wachtwoord" type="password" autoComplete="current-password" required error={state.fieldErrors?.password} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Bezig met inloggen…" : "Inloggen"}
      </button>
    </form>
  );
}
