"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/actions/action-state";
import { UPLOAD_MESSAGES } from "@/lib/media/upload-rules";

const LABELS = { file: "Afbeelding", alt: "Alt-tekst", caption: "Bijschrift" };
const UPLOAD_URL = "/redactie/media/upload";
const FAILED: ActionState = { status: "error", message: UPLOAD_MESSAGES["opslaan-mislukt"] };

/**
 * Posts to the upload route. Without JavaScript the browser submits the form and comes back to the media page with
 * the result in the address (`initial`); with JavaScript the route answers JSON and the page stays as it is.
 */
export function UploadForm({ initial }: { initial: ActionState }) {
  const router = useRouter();
  const [state, setState] = useState(initial);
  const [pending, setPending] = useState(false);
  const values = state.status === "error" ? state.values : undefined;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    try {
      const response = await fetch(UPLOAD_URL, { method: "POST", body: new FormData(form), headers: { Accept: "application/json" } });
      const result: ActionState = response.headers.get("content-type")?.includes("application/json")
        ? await response.json()
        : { status: "error", message: response.status === 413 ? UPLOAD_MESSAGES["verzoek-te-groot"] : FAILED.message };
      setState(result);
      if (result.status === "success") {
        form.reset();
        router.refresh();
      }
    } catch {
      setState(FAILED);
    } finally {
      setPending(false);
    }
  }

  return (
    <form action={UPLOAD_URL} method="post" encType="multipart/form-data" onSubmit={submit} className="form" noValidate>
      <FormStatus state={state} labels={LABELS} />
      <FormField name="file" label={LABELS.file} type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif" hint="JPEG, PNG, WebP, GIF of AVIF, hoogstens 8 MB en 40 megapixel." error={state.fieldErrors?.file} required />
      <FormField name="alt" label={LABELS.alt} hint="Beschrijf wat er te zien is, voor wie de afbeelding niet kan zien." defaultValue={values?.alt} error={state.fieldErrors?.alt} required />
      <FormField name="caption" label={`${LABELS.caption} (niet verplicht)`} defaultValue={values?.caption} error={state.fieldErrors?.caption} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Bezig met uploaden…" : "Uploaden"}
      </button>
    </form>
  );
}
