"use client";

import { useActionState } from "react";
import { changePasswordAction, updateNameAction } from "@/app/redactie/account/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";
import { NewPasswordFields } from "./new-password-fields";

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState(updateNameAction, idle);
  return (
    <form action={action} className="form" noValidate>
      <FormStatus state={state} labels={{ name: "Naam" }} idPrefix="naam" />
      <FormField id="naam-name" name="name" label="Naam" required defaultValue={state.values?.name ?? name} error={state.fieldErrors?.name} autoComplete="name" />
      <button type="submit" className="button" disabled={pending}>
        Naam opslaan
      </button>
    </form>
  );
}

const PASSWORD_LABELS = { currentPassword: "Huidig wachtwoord", newPassword: "Nieuw wachtwoord", confirmPassword: "Herhaal nieuw wachtwoord" };

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, idle);
  return (
    <form action={action} className="form" noValidate>
      <FormStatus state={state} labels={PASSWORD_LABELS} />
      <FormField name="currentPassword" label={PASSWORD_LABELS.currentPassword} type="password" required autoComplete="current-password" error={state.fieldErrors?.currentPassword} />
      <NewPasswordFields errors={state.fieldErrors} labels={PASSWORD_LABELS} />
      <button type="submit" className="button" disabled={pending}>
        Wachtwoord wijzigen
      </button>
    </form>
  );
}
