"use client";

import { useActionState } from "react";
import { importSubscribersAction } from "@/app/redactie/nieuwsbrief/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";

/** Admins import a list only together with where its consent came from. */
export function SubscriberImportForm() {
  const [state, action, pending] = useActionState(importSubscribersAction, idle);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="form" noValidate>
      <FormStatus state={state} labels={{ consentSource: "Bron van toestemming", file: "CSV-bestand" }} />
      <FormField
        name="consentSource"
        label="Bron van toestemming"
        hint="Waar en hoe gaven deze mensen toestemming? Bijvoorbeeld: aanmeldformulier congres 12 maart 2026. Wordt bij elk adres bewaard."
        required
        maxLength={200}
        defaultValue={values.consentSource}
        error={errors.consentSource}
      />
      <FormField
        name="file"
        label="CSV-bestand"
        hint="Eén e-mailadres per regel in de eerste kolom; in de tweede kolom eventueel rubrieken (bijvoorbeeld: onderwijs onderzoek)."
        type="file"
        accept=".csv,text/csv"
        required
        error={errors.file}
      />
      <button type="submit" className="button" disabled={pending}>
        Importeren
      </button>
    </form>
  );
}
