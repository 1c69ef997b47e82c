"use client";

import { useActionState } from "react";
import { saveSettingsAction } from "@/app/redactie/instellingen/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";

// Plain values only: this client component imports no schema (house rule 13).
export type SettingsFormValues = Record<string, string>;
type Choice = { value: string; label: string };

const LABELS = {
  siteName: "Naam van de site", tagline: "Ondertitel", logoMediaId: "Logo", address: "Adres", phone: "Telefoon",
  email: "Algemeen e-mailadres", answerWorkingDays: "Antwoordbelofte", reminderWorkingDays: "Herinnering na",
  newsletterPerMinute: "Nieuwsbrief per minuut",
} as const;

/** The admin's site settings; works without JavaScript, each error next to its field, typed text kept. */
export function SettingsForm({ initial, media, roles, socialRows }: { initial: SettingsFormValues; media: Choice[]; roles: Choice[]; socialRows: number }) {
  const [state, action, pending] = useActionState(saveSettingsAction, idle);
  const values = state.status === "error" && state.values ? state.values : initial;
  const errors = state.fieldErrors ?? {};
  const labels: Record<string, string> = { ...LABELS, ...Object.fromEntries(Array.from({ length: socialRows }, (_, i) => [[`socialLabel${i}`, `Naam van link ${i + 1}`], [`socialUrl${i}`, `Adres van link ${i + 1}`]]).flat()) };
  const text = (name: string) => values[name] ?? "";
  return (
    <form action={action} className="form settings-form" noValidate>
      <FormStatus state={state} labels={labels} />
      <fieldset className="field-group">
        <legend>De organisatie</legend>
        <FormField name="siteName" label={LABELS.siteName} defaultValue={text("siteName")} error={errors.siteName} required maxLength={80} />
        <FormField name="tagline" label={`${LABELS.tagline} (niet verplicht)`} defaultValue={text("tagline")} error={errors.tagline} maxLength={160} hint="Staat in de voettekst." />
        <div className={errors.logoMediaId ? "field field--error" : "field"}>
          <label htmlFor="veld-logoMediaId">{LABELS.logoMediaId}</label>
          <p className="field__hint" id="veld-logoMediaId-hint">Een afbeelding uit de mediabibliotheek; zonder logo staat de naam in de kop.</p>
          {errors.logoMediaId && <p className="field__error" id="veld-logoMediaId-fout">{errors.logoMediaId}</p>}
          <select id="veld-logoMediaId" name="logoMediaId" defaultValue={text("logoMediaId")} aria-invalid={errors.logoMediaId ? true : undefined} aria-describedby={`veld-logoMediaId-hint${errors.logoMediaId ? " veld-logoMediaId-fout" : ""}`}>
            <option value="">Geen logo: de naam als tekst</option>
            {media.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
          </select>
        </div>
      </fieldset>

      <fieldset className="field-group">
        <legend>Contactgegevens (voettekst en contactpagina)</legend>
        <div className={errors.address ? "field field--error" : "field"}>
          <label htmlFor="veld-address">{LABELS.address}</label>
          {errors.address && <p className="field__error" id="veld-address-fout">{errors.address}</p>}
          <textarea id="veld-address" name="address" rows={3} defaultValue={text("address")} maxLength={300} aria-invalid={errors.address ? true : undefined} aria-describedby={errors.address ? "veld-address-fout" : undefined} />
        </div>
        <FormField name="phone" label={LABELS.phone} type="tel" defaultValue={text("phone")} error={errors.phone} maxLength={40} autoComplete="off" />
        <FormField name="email" label={LABELS.email} type="email" defaultValue={text("email")} error={errors.email} maxLength={254} autoComplete="off" />
      </fieldset>

      <fieldset className="field-group">
        <legend>Sociale media</legend>
        <p className="field__hint">Vul naam en adres in, of laat beide leeg.</p>
        {Array.from({ length: socialRows }, (_, i) => (
          <div className="settings-form__pair" key={i}>
            <FormField name={`socialLabel${i}`} label={`Naam van link ${i + 1}`} defaultValue={text(`socialLabel${i}`)} error={errors[`socialLabel${i}`]} maxLength={40} />
            <FormField name={`socialUrl${i}`} label={`Adres van link ${i + 1}`} type="url" defaultValue={text(`socialUrl${i}`)} error={errors[`socialUrl${i}`]} placeholder="https://" />
          </div>
        ))}
      </fieldset>

      <fieldset className="field-group">
        <legend>Vragen en nieuwsbrief</legend>
        <FormField name="answerWorkingDays" label={`${LABELS.answerWorkingDays} (werkdagen)`} inputMode="numeric" defaultValue={text("answerWorkingDays")} error={errors.answerWorkingDays} hint="Lezers lezen dat ze binnen zoveel werkdagen antwoord krijgen; daarna telt een vraag als te laat." />
        <FormField name="reminderWorkingDays" label={`${LABELS.reminderWorkingDays} (werkdagen)`} inputMode="numeric" defaultValue={text("reminderWorkingDays")} error={errors.reminderWorkingDays} hint="Wie een open vraag heeft, krijgt na zoveel werkdagen een herinnering." />
        <FormField name="newsletterPerMinute" label={LABELS.newsletterPerMinute} inputMode="numeric" defaultValue={text("newsletterPerMinute")} error={errors.newsletterPerMinute} hint="Hoeveel nieuwsbriefmails per minuut naar de mailserver gaan." />
      </fieldset>

      <fieldset className="field-group">
        <legend>Tweede factor verplicht voor</legend>
        {roles.map((role) => (
          <label className="choice" key={role.value}>
            <input type="checkbox" name={`twoFactor_${role.value}`} defaultChecked={values[`twoFactor_${role.value}`] === "on"} /> {role.label}
          </label>
        ))}
      </fieldset>

      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Bezig met opslaan…" : "Instellingen opslaan"}
        </button>
      </div>
    </form>
  );
}
