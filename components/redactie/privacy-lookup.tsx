"use client";

import { useActionState } from "react";
import { eraseAction, lookupAction } from "@/app/redactie/vragen/privacy/actions";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { formatDate } from "@/lib/dates";
import { QUESTION_STATUS_LABELS } from "@/lib/questions/labels";
import type { PrivacyLookupState } from "@/lib/questions/privacy-lookup-state";

const initial: PrivacyLookupState = { status: "idle" };

/** Lookup, export and erasure for one address; the address is posted, never put in a URL. */
export function PrivacyLookup() {
  const [state, action, pending] = useActionState(lookupAction, initial);
  const found = state.found;
  return (
    <>
      <form action={action} className="filter-bar" role="search" aria-label="Vraagsteller zoeken" noValidate>
        <FormStatus state={state.status === "error" ? state : { status: "idle" }} labels={{ email: "E-mailadres" }} />
        <FormField name="email" label="E-mailadres" type="email" autoComplete="off" defaultValue={state.values?.email} error={state.fieldErrors?.email} />
        <button type="submit" className="button button--quiet" disabled={pending}>
          Zoeken
        </button>
      </form>
      {found && (
        <section className="panel" aria-labelledby="gevonden-titel">
          <h2 id="gevonden-titel">Gevonden voor {found.email}</h2>
          <p>
            {found.questions.length} {found.questions.length === 1 ? "vraag" : "vragen"}, {found.events} regels geschiedenis, {found.mail} e-mails.
          </p>
          <p>
            {found.subscription
              ? `Nieuwsbrief: ${found.subscription.status}, toestemming op ${formatDate(new Date(found.subscription.consentAt))} via ${found.subscription.consentSource}.`
              : "Geen aanmelding voor de nieuwsbrief."}
          </p>
          {found.questions.length > 0 && (
            <ul>
              {found.questions.map((q) => (
                <li key={q.id}>
                  <time dateTime={q.createdAt}>{formatDate(new Date(q.createdAt))}</time> · {QUESTION_STATUS_LABELS[q.status]} · {q.excerpt}
                </li>
              ))}
            </ul>
          )}
          <form method="post" action="/redactie/vragen/privacy/export">
            <input type="hidden" name="email" value={found.email} />
            <button type="submit" className="button button--quiet">
              Exporteren als JSON
            </button>
          </form>
          <ActionForm action={eraseAction} submitLabel={`Alles van ${found.email} wissen`}>
            <input type="hidden" name="email" value={found.email} />
          </ActionForm>
        </section>
      )}
    </>
  );
}
