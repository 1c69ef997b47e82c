"use client";

import { useActionState } from "react";
import { preferencesAction } from "@/app/(site)/nieuwsbrief/actions";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";

/** Sections of interest, changed from the signed link in a newsletter; works without JavaScript. */
export function NewsletterPreferencesForm({ token, sections, chosen }: { token: string; sections: { id: number; name: string }[]; chosen: number[] }) {
  const [state, action, pending] = useActionState(preferencesAction, idle);
  return (
    <form action={action} className="form newsletter-form">
      <FormStatus state={state} />
      <input type="hidden" name="t" value={token} />
      <fieldset className="newsletter-form__sections">
        <legend>Rubrieken</legend>
        <p className="field__hint">Kiest u niets, dan ontvangt u alles.</p>
        {sections.map((s) => (
          <div className="checkbox" key={s.id}>
            <input type="checkbox" id={`voorkeur-${s.id}`} name="sectionIds" value={s.id} defaultChecked={chosen.includes(s.id)} />
            <label htmlFor={`voorkeur-${s.id}`}>{s.name}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        Rubrieken opslaan
      </button>
    </form>
  );
}
