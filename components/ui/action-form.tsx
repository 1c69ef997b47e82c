"use client";

import { useActionState } from "react";
import { idle, type ActionState } from "@/lib/actions/action-state";
import { FormStatus } from "./form-status";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** A small form around one server action whose fields need no error display of their own (buttons, selects). */
export function ActionForm({ action, children, submitLabel, className, quiet }: { action: Action; children?: React.ReactNode; submitLabel: string; className?: string; quiet?: boolean }) {
  const [state, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className={className ?? "inline-form"}>
      {children}
      <button type="submit" className={quiet ? "button button--quiet" : "button"} disabled={pending}>
        {submitLabel}
      </button>
      <FormStatus state={state} />
    </form>
  );
}
