"use client";

import { useActionState } from "react";
import { saveIssueAction } from "@/app/redactie/nieuwsbrief/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";
import { INTRO_MAX, SUBJECT_MAX } from "@/lib/newsletter/issue-schema";

type Item = { id: number; title: string; meta: string };

/**
 * Subject, intro and the items of a draft. Every button submits the whole form (so typed text is saved with each
 * step) and names its step; it works without JavaScript. Each step reloads the page with the saved order.
 */
export function NewsletterIssueForm({ id, subject, intro, items }: { id: number; subject: string; intro: string; items: Item[] }) {
  const [state, action, pending] = useActionState(saveIssueAction, idle);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="form newsletter-issue-form" noValidate>
      <FormStatus state={state} labels={{ subject: "Onderwerp", intro: "Inleiding" }} />
      <input type="hidden" name="id" value={id} />
      <FormField name="subject" label="Onderwerp" required maxLength={SUBJECT_MAX} defaultValue={values.subject ?? subject} error={errors.subject} />
      <div className={errors.intro ? "field field--error" : "field"}>
        <label htmlFor="veld-intro">Inleiding</label>
        <p className="field__hint" id="veld-intro-hint">
          Verschijnt boven de berichten. Een witregel begint een nieuwe alinea.
        </p>
        {errors.intro && (
          <p className="field__error" id="veld-intro-fout">
            {errors.intro}
          </p>
        )}
        <textarea
          id="veld-intro"
          name="intro"
          rows={6}
          maxLength={INTRO_MAX}
          defaultValue={values.intro ?? intro}
          aria-describedby={`veld-intro-hint${errors.intro ? " veld-intro-fout" : ""}`}
          aria-invalid={errors.intro ? true : undefined}
        />
      </div>
      {/* First of the form's buttons, so Enter in a field saves (instead of moving an item). */}
      <button type="submit" name="op" value="save" className="button" disabled={pending}>
        Opslaan
      </button>
      <h2 id="onderdelen">Onderdelen ({items.length})</h2>
      {items.length === 0 ? (
        <p>Deze nieuwsbrief heeft geen onderdelen. Zonder onderdelen ontvangt niemand hem.</p>
      ) : (
        <ol className="newsletter-items">
          {items.map((item, index) => (
            <li key={item.id}>
              <span className="newsletter-items__title">{item.title}</span>
              <small className="newsletter-items__meta">{item.meta}</small>
              <span className="newsletter-items__buttons">
                <button type="submit" name="op" value={`up:${item.id}`} className="button button--quiet" disabled={pending || index === 0} aria-label={`Omhoog: ${item.title}`}>
                  Omhoog
                </button>
                <button
                  type="submit"
                  name="op"
                  value={`down:${item.id}`}
                  className="button button--quiet"
                  disabled={pending || index === items.length - 1}
                  aria-label={`Omlaag: ${item.title}`}
                >
                  Omlaag
                </button>
                <button type="submit" name="op" value={`remove:${item.id}`} className="button button--quiet" disabled={pending} aria-label={`Verwijderen: ${item.title}`}>
                  Verwijderen
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
    </form>
  );
}
