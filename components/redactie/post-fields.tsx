"use client";

import type { MediaOption } from "@/lib/media/media-option";
import { MediaPicker } from "./media-picker";
import { FormField } from "@/components/ui/form-field";
import { LANGUAGES, POST_KINDS, type Language, type PostKind } from "@/lib/posts/post-constants";
import { KIND_LABELS } from "@/lib/post-meta";

export type PostFieldValues = {
  title: string;
  slug: string;
  lead: string;
  sectionId: number | null;
  kind: PostKind;
  language: Language;
  featuredImageId: number | null;
  highlighted: boolean;
  eventStartsAt: string;
  eventLocation: string;
  eventOnline: boolean;
  registrationUrl: string;
  recordingUrl: string;
  seoTitle: string;
  seoDescription: string;
  scheduledAt: string;
};

type Errors = Record<string, string>;

function Select({ name, label, defaultValue, error, children, onChange }: { name: string; label: string; defaultValue: string; error?: string; children: React.ReactNode; onChange?: (value: string) => void }) {
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={`veld-${name}`}>{label}</label>
      {error && <p className="field__error" id={`veld-${name}-fout`}>{error}</p>}
      <select id={`veld-${name}`} name={name} defaultValue={defaultValue} aria-describedby={error ? `veld-${name}-fout` : undefined} onChange={(e) => onChange?.(e.currentTarget.value)}>
        {children}
      </select>
    </div>
  );
}

const LANGUAGE_LABELS: Record<Language, string> = { nl: "Nederlands", en: "Engels" };

export function MetaFields({ values, sections, featuredImage, errors, onKindChange, onImageChange }: { values: PostFieldValues; sections: { id: number; name: string }[]; featuredImage: MediaOption | null; errors: Errors; onKindChange: (kind: PostKind) => void; onImageChange: () => void }) {
  return (
    <fieldset className="field-group">
      <legend>Bericht</legend>
      <Select name="sectionId" label="Rubriek" defaultValue={String(values.sectionId ?? "")} error={errors.sectionId}>
        <option value="">Kies een rubriek</option>
        {sections.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </Select>
      <Select name="kind" label="Soort" defaultValue={values.kind} error={errors.kind} onChange={(v) => onKindChange(v as PostKind)}>
        {POST_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
      </Select>
      <Select name="language" label="Taal" defaultValue={values.language} error={errors.language}>
        {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_LABELS[l]}</option>)}
      </Select>
      <MediaPicker name="featuredImageId" label="Uitgelichte afbeelding" initial={featuredImage} noneLabel="Geen uitgelichte afbeelding" error={errors.featuredImageId} onChange={onImageChange} />
      <label className="choice">
        <input type="checkbox" name="highlighted" defaultChecked={values.highlighted} /> Uitlichten op de site
      </label>
    </fieldset>
  );
}

export function EventFields({ values, errors }: { values: PostFieldValues; errors: Errors }) {
  return (
    <fieldset className="field-group">
      <legend>Evenement of webinar</legend>
      <FormField name="eventStartsAt" label="Datum en tijd" type="datetime-local" defaultValue={values.eventStartsAt} error={errors.eventStartsAt} hint="Nederlandse tijd." />
      <FormField name="eventLocation" label="Locatie" defaultValue={values.eventLocation} error={errors.eventLocation} />
      <label className="choice">
        <input type="checkbox" name="eventOnline" defaultChecked={values.eventOnline} /> Online
      </label>
      <FormField name="registrationUrl" label="Aanmeldlink" type="url" defaultValue={values.registrationUrl} error={errors.registrationUrl} />
      <FormField name="recordingUrl" label="Opname (webadres)" type="url" defaultValue={values.recordingUrl} error={errors.recordingUrl} />
    </fieldset>
  );
}

export function SeoFields({ values, errors }: { values: PostFieldValues; errors: Errors }) {
  return (
    <fieldset className="field-group">
      <legend>Zoekmachines</legend>
      <FormField name="seoTitle" label="SEO-titel" defaultValue={values.seoTitle} error={errors.seoTitle} hint="Leeg: de titel." />
      <FormField name="seoDescription" label="SEO-omschrijving" defaultValue={values.seoDescription} error={errors.seoDescription} hint="Leeg: de intro." />
    </fieldset>
  );
}
