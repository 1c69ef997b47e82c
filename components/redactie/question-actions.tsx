"use client";

import { useActionState } from "react";
import { changeQuestionAction } from "@/app/redactie/vragen/[id]/actions";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";

function TextForm({ questionId, kind, label, submitLabel, withMail }: { questionId: number; kind: "note" | "answer"; label: string; submitLabel: string; withMail?: boolean }) {
  const [state, action, pending] = useActionState(changeQuestionAction, idle);
  // On a refusal the text comes back, so nothing typed is lost.
  const kept = state.status === "error" ? state.values?.text : undefined;
  const fieldId = `${kind}-text`;
  return (
    <form action={action} className="form">
      <FormStatus state={state} idPrefix={kind} />
      <input type="hidden" name="id" value={questionId} />
      <input type="hidden" name="kind" value={kind} />
      <div className={state.fieldErrors?.text ? "field field--error" : "field"}>
        <label htmlFor={fieldId}>{label}</label>
        <textarea id={fieldId} name="text" rows={kind === "answer" ? 6 : 3} defaultValue={kept} key={state.status === "success" ? "leeg" : "tekst"} />
      </div>
      {withMail && (
        <label className="choice">
          <input type="checkbox" name="sendMail" defaultChecked /> Ook per e-mail naar de vraagsteller sturen
        </label>
      )}
      <button type="submit" className="button" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}

export function QuestionActions({ questionId, colleagues, currentRecipientId }: { questionId: number; colleagues: { id: number; name: string }[]; currentRecipientId: number | null }) {
  const [assignState, assign, assigning] = useActionState(changeQuestionAction, idle);
  const [statusState, setStatus, settingStatus] = useActionState(changeQuestionAction, idle);
  return (
    <div className="question-actions">
      <section aria-labelledby="antwoord-titel">
        <h2 id="antwoord-titel">Beantwoorden</h2>
        <TextForm questionId={questionId} kind="answer" label="Antwoord" submitLabel="Antwoord opslaan" withMail />
      </section>
      <section aria-labelledby="doorsturen-titel">
        <h2 id="doorsturen-titel">Doorsturen</h2>
        <form action={assign} className="inline-form">
          <input type="hidden" name="id" value={questionId} />
          <input type="hidden" name="kind" value="assign" />
          <label htmlFor="assign-person">Naar collega</label>
          <select id="assign-person" name="personId" defaultValue={currentRecipientId ?? ""}>
            <option value="">Kies een collega</option>
            {colleagues.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
          <button type="submit" className="button button--quiet" disabled={assigning}>Doorsturen</button>
          <FormStatus state={assignState} idPrefix="assign" />
        </form>
      </section>
      <section aria-labelledby="notitie-titel">
        <h2 id="notitie-titel">Interne notitie</h2>
        <TextForm questionId={questionId} kind="note" label="Notitie (alleen voor collega's)" submitLabel="Notitie toevoegen" />
      </section>
      <section aria-labelledby="status-titel">
        <h2 id="status-titel">Status</h2>
        <form action={setStatus} className="inline-form">
          <input type="hidden" name="id" value={questionId} />
          <button type="submit" name="kind" value="in_progress" className="button button--quiet" disabled={settingStatus}>In behandeling nemen</button>
          <button type="submit" name="kind" value="spam" className="button button--quiet" disabled={settingStatus}>Markeren als spam</button>
          <FormStatus state={statusState} idPrefix="status" />
        </form>
      </section>
    </div>
  );
}
