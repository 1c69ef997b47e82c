"use client";

import { useActionState } from "react";
import { scheduleAction } from "@/app/redactie/nieuwsbrief/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";

export function ScheduleIssueForm({ id }: { id: number }) {
  const [state, action, pending] = useActionState(scheduleAction, idle);
  return (
    <form action={action} className="form" noValidate>
      <FormStatus state={state} labels={{ at: "Versturen op" }} />
      <input type="hidden" name="id" value={id} />
      <FormField name="at" label="Versturen op" type="datetime-local" required defaultValue={state.values?.at} error={state.fieldErrors?.at} />
      <button type="submit" className="button button--quiet" disabled={pending}>
        Inplannen
      </button>
    </form>
  );
}
