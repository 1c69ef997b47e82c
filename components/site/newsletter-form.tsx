"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { subscribeAction } from "@/app/(site)/nieuwsbrief/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";
import { CONSENT_TEXT, type SignupSource } from "@/lib/newsletter/consent";
import { EMAIL_MAX } from "@/lib/questions/question-fields";

/**
 * The newsletter sign-up: a plain form posted to a server action, so it works without JavaScript. The same spam
 * signals as the question form (a hidden field, a signed render time, the measured fill time with JavaScript).
 */
export function NewsletterForm({ source, formToken, sections }: { source: SignupSource; formToken: string; sections?: { id: number; name: string }[] }) {
  const [state, action, pending] = useActionState(subscribeAction, idle);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const checked = new Set((values.sectionIds ?? "").split(","));
  const id = (name: string) => `nieuwsbrief-${source}-${name}`;
  // The compact form sits in the footer of pages with their own e-mail field (logging in, a question): its label
  // names what it is for.
  const emailLabel = sections ? "E-mailadres" : "E-mail voor de nieuwsbrief";
  const openedAt = useRef(0);
  const fillMs = useRef<HTMLInputElement>(null);
  useEffect(() => {
    openedAt.current = Date.now();
  }, []);

  return (
    <form
      action={action}
      className={sections ? "form newsletter-form" : "newsletter-form newsletter-form--compact"}
      noValidate
      onSubmit={() => fillMs.current && (fillMs.current.value = String(Date.now() - openedAt.current))}
    >
      <FormStatus state={state} labels={{ email: emailLabel }} idPrefix={`nieuwsbrief-${source}`} />
      <input type="hidden" name="source" value={source} />
      <input type="hidden" name="formToken" value={formToken} />
      <input type="hidden" name="fillMs" ref={fillMs} defaultValue="" />
      <div className="newsletter-form__trap" aria-hidden="true">
        <label htmlFor={id("website")}>Website</label>
        <input id={id("website")} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <FormField id={id("email")} name="email" label={emailLabel} type="email" autoComplete="email" required defaultValue={values.email} error={errors.email} maxLength={EMAIL_MAX} />
      {sections && sections.length > 0 && (
        <fieldset className="newsletter-form__sections">
          <legend>Rubrieken (niet verplicht)</legend>
          <p className="field__hint">Kiest u niets, dan ontvangt u alles.</p>
          {sections.map((s) => (
            <div className="checkbox" key={s.id}>
              <input type="checkbox" id={id(`rubriek-${s.id}`)} name="sectionIds" value={s.id} defaultChecked={checked.has(String(s.id))} />
              <label htmlFor={id(`rubriek-${s.id}`)}>{s.name}</label>
            </div>
          ))}
        </fieldset>
      )}
      <p className="field__hint">
        {CONSENT_TEXT} <Link href="/privacy#nieuwsbrief">Hoe wij met uw gegevens omgaan</Link>.
      </p>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Bezig met aanmelden…" : "Aanmelden voor de nieuwsbrief"}
      </button>
    </form>
  );
}
