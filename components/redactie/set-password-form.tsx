"use client";

import { useActionState } from "react";
import { setPasswordAction } from "@/app/(site)/wachtwoord-instellen/actions";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";
import { NewPasswordFields } from "./new-password-fields";

const LABELS = { newPassword: "Nieuw wachtwoord", confirmPassword: "Herhaal wachtwoord" };

export function SetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(setPasswordAction, idle);
  return (
    <form action={action} className="form" noValidate>
      <FormStatus state={state} labels={LABELS} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={state.fieldErrors} labels={LABELS} />
      <button type="submit" className="button" disabled={pending}>
        Wachtwoord instellen
      </button>
    </form>
  );
}
