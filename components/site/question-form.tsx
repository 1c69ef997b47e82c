"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { askQuestionAction } from "@/app/(site)/contact/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";
import { EMAIL_MAX, MESSAGE_MAX, NAME_MAX, ORGANISATION_MAX } from "@/lib/questions/question-fields";
import { workingDaysPhrase } from "@/lib/questions/working-days";

const LABELS = { name: "Naam", email: "E-mailadres", organisation: "Organisatie", message: "Uw vraag", topic: "Onderwerp", personId: "Medewerker" };

type Choice = { value: string; label: string };

/**
 * "Stel uw vraag". A plain form posted to a server action, so it works without JavaScript; with it, the counter
 * runs and the time the form was open is measured. With `fold` the form sits folded in a <details> behind that
 * text (it opens without JavaScript; it is open whenever the form shows errors), and links to `#stel-uw-vraag`
 * (the contact card's button) open it and put the cursor in the first field.
 */
export function QuestionForm({ fold, recipientName, postId, personId, formToken, retentionDays, answerWorkingDays, topics, colleagues }: {
  fold?: string;
  recipientName?: string;
  /** The promise of the site settings: an answer within this many working days. */
  answerWorkingDays: number;
  postId?: number;
  personId?: number;
  formToken: string;
  retentionDays: number;
  topics?: Choice[];
  colleagues?: Choice[];
}) {
  const [state, action, pending] = useActionState(askQuestionAction, idle);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const [length, setLength] = useState((values.message ?? "").length);
  const openedAt = useRef(0);
  const fillMs = useRef<HTMLInputElement>(null);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    openedAt.current = Date.now();
  }, []);
  useEffect(() => {
    const fold = details.current;
    if (!fold) return;
    const open = () => {
      fold.open = true;
      fold.querySelector<HTMLElement>("input:not([type=hidden]):not([tabindex='-1']), select, textarea")?.focus();
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href="#stel-uw-vraag"]');
      if (!link || fold.contains(link)) return;
      event.preventDefault();
      open();
      fold.scrollIntoView({ block: "start" });
      history.replaceState(null, "", "#stel-uw-vraag");
    };
    if (location.hash === "#stel-uw-vraag") open();
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  const hasErrors = state.status === "error";

  const form = (
    <form
      action={action}
      className="form question-form"
      noValidate
      // Written straight into the field: the action reads the form before React would re-render it.
      onSubmit={() => fillMs.current && (fillMs.current.value = String(Date.now() - openedAt.current))}
    >
      <FormStatus state={state} labels={LABELS} idPrefix="vraag" />
      {postId && <input type="hidden" name="postId" value={postId} />}
      {personId && <input type="hidden" name="personId" value={personId} />}
      <input type="hidden" name="formToken" value={formToken} />
      <input type="hidden" name="fillMs" ref={fillMs} defaultValue="" />
      {/* Left empty by people (it is hidden from them and from screen readers); bots tend to fill it. */}
      <div className="question-form__trap" aria-hidden="true">
        <label htmlFor="vraag-website">Website</label>
        <input id="vraag-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      {colleagues && (
        <div className="field">
          <label htmlFor="vraag-personId">{LABELS.personId}</label>
          <select id="vraag-personId" name="personId" defaultValue={values.personId ?? ""}>
            <option value="">Weet ik niet: stuur naar de algemene inbox</option>
            {colleagues.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>
        </div>
      )}
      {topics && (
        <div className="field">
          <label htmlFor="vraag-topic">{LABELS.topic} (niet verplicht)</label>
          <select id="vraag-topic" name="topic" defaultValue={values.topic ?? ""}>
            <option value="">Geen keuze</option>
            {topics.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
          </select>
        </div>
      )}
      <FormField id="vraag-name" name="name" label={LABELS.name} autoComplete="name" required defaultValue={values.name} error={errors.name} maxLength={NAME_MAX} />
      <FormField id="vraag-email" name="email" label={LABELS.email} type="email" autoComplete="email" required defaultValue={values.email} error={errors.email} maxLength={EMAIL_MAX} />
      <FormField id="vraag-organisation" name="organisation" label={`${LABELS.organisation} (niet verplicht)`} autoComplete="organization" defaultValue={values.organisation} error={errors.organisation} maxLength={ORGANISATION_MAX} />
      <div className={errors.message ? "field field--error" : "field"}>
        <label htmlFor="vraag-message">{LABELS.message}</label>
        {errors.message && <p className="field__error" id="vraag-message-fout">{errors.message}</p>}
        <textarea
          id="vraag-message"
          name="message"
          rows={6}
          required
          maxLength={MESSAGE_MAX}
          defaultValue={values.message}
          aria-describedby={`vraag-message-teller${errors.message ? " vraag-message-fout" : ""}`}
          aria-invalid={errors.message ? true : undefined}
          onChange={(e) => setLength(e.currentTarget.value.length)}
        />
        <p id="vraag-message-teller" className="field__hint">
          {length.toLocaleString("nl-NL")} van {MESSAGE_MAX.toLocaleString("nl-NL")} tekens
        </p>
      </div>
      <p className="field__hint">
        {recipientName ?? "Een van onze medewerkers"} antwoordt doorgaans binnen {workingDaysPhrase(answerWorkingDays)}, per e-mail.
      </p>
      <p className="field__hint">
        {recipientName ? `${recipientName} ontvangt` : "Een van onze medewerkers ontvangt"} uw vraag met uw naam, e-mailadres en organisatie, om u te
        kunnen antwoorden. We verwijderen de vraag {retentionDays} dagen nadat ze is beantwoord. Lees meer in onze <Link href="/privacy">privacyverklaring</Link>.
      </p>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Bezig met versturen…" : "Vraag versturen"}
      </button>
    </form>
  );
  if (!fold) return form;
  return (
    // Open while the form shows errors, so a reader without JavaScript sees them after the page reloads.
    <details className="question-fold" ref={details} open={hasErrors || undefined}>
      <summary className="question-fold__summary">{fold}</summary>
      {form}
    </details>
  );
}
