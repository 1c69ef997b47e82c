"use client";

import { useActionState } from "react";
import { setPasswordAction } from "@/app/wachtwoord-instellen/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";

const LABELS = { newPassword: "Nieuw wachtwoord", confirmPassword: "Herhaal wachtwoord" };

export function SetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(setPasswordAction, idle);
  return (
    <form action={action} className="form" noValidate>
      <FormStatus state={state} labels={LABELS} />
      <input type="hidden" name="token" value={token} />
      <FormField name="newPassword" label={LABELS.newPassword} type="password" required autoComplete="new-password" hint="Minstens 12 tekens." error={state.fieldErrors?.newPassword} />
      <FormField name="confirmPassword" label={LABELS.confirmPassword} type="password" required autoComplete="new-password" error={state.fieldErrors?.confirmPassword} />
      <button type="submit" className="button" disabled={pending}>
        Wachtwoord instellen
      </button>
    </form>
  );
}
