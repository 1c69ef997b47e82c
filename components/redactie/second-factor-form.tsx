"use client";

import { useActionState } from "react";
import { cancelSecondFactor, verifyLoginCode } from "@/app/(site)/inloggen/actions";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";

/** The login's second step: a code from the authenticator app, or (`recovery`) one of the recovery codes. */
export function SecondFactorForm({ callbackUrl, recovery }: { callbackUrl: string; recovery: boolean }) {
  const [state, action, pending] = useActionState(verifyLoginCode, idle);
  const label = recovery ? "Herstelcode" : "Code uit uw authenticator-app";
  return (
    <>
      <form action={action} className="form" noValidate>
        <FormStatus state={state} labels={{ code: label }} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        {recovery ? (
          <FormField name="code" label={label} hint="Tien tekens, bijvoorbeeld abcde-fghij. Elke herstelcode werkt één keer." autoComplete="off" autoCapitalize="none" spellCheck={false} required error={state.fieldErrors?.code} />
        ) : (
          <FormField name="code" label={label} hint="Zes cijfers." inputMode="numeric" autoComplete="one-time-code" maxLength={8} required error={state.fieldErrors?.code} />
        )}
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Bezig met controleren…" : "Bevestigen"}
        </button>
      </form>
      <ActionForm action={cancelSecondFactor} submitLabel="Annuleren en opnieuw beginnen" quiet>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
      </ActionForm>
    </>
  );
}
