"use client";

import { useActionState } from "react";
import { uploadMediaAction } from "@/app/redactie/media/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";

const LABELS = { file: "Afbeelding", alt: "Alt-tekst", caption: "Bijschrift" };

export function UploadForm() {
  const [state, action, pending] = useActionState(uploadMediaAction, idle);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="form" noValidate>
      <FormStatus state={state} labels={LABELS} />
      <FormField name="file" label={LABELS.file} type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif" hint="JPEG, PNG, WebP, GIF of AVIF, hoogstens 8 MB." error={state.fieldErrors?.file} required />
      <FormField name="alt" label={LABELS.alt} hint="Beschrijf wat er te zien is, voor wie de afbeelding niet kan zien." defaultValue={values?.alt} error={state.fieldErrors?.alt} required />
      <FormField name="caption" label={`${LABELS.caption} (niet verplicht)`} defaultValue={values?.caption} error={state.fieldErrors?.caption} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Bezig met uploaden…" : "Uploaden"}
      </button>
    </form>
  );
}
