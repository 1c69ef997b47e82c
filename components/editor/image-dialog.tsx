"use client";

import { useState } from "react";
import { MediaBrowser } from "@/components/redactie/media-browser";
import type { MediaOption } from "@/lib/media/media-option";
import { EditorDialog } from "./editor-dialog";
import { uploadImage } from "./image-upload";

export type InsertedImage = { src: string; alt: string; caption: string };

const ALT_MISSING = "Vul een alt-tekst in: wat is er op de afbeelding te zien?";
const NOTHING_CHOSEN = "Kies een afbeelding uit de mediabibliotheek of upload een bestand.";
const ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/avif";

function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? <p className="field__error" id={id}>{text}</p> : null;
}

/**
 * "Afbeelding invoegen": choose from the library or upload a new file, always with alt text. A file dropped or
 * pasted into the editor arrives here as `file`, so it is asked for its alt text like any other upload. What was
 * typed stays when the upload is refused; the message names the field.
 */
export function ImageDialog({ open, file, onClose, onInsert }: { open: boolean; file: File | null; onClose: () => void; onInsert: (image: InsertedImage) => void }) {
  const [chosen, setChosen] = useState<MediaOption | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (data: FormData) => {
    const typed = data.get("file");
    const upload = file ?? (typed instanceof File && typed.size > 0 ? typed : null);
    const alt = String(data.get("alt") ?? "").trim();
    const caption = String(data.get("caption") ?? "").trim();
    const found: Record<string, string> = {};
    if (!upload && !chosen) found.file = NOTHING_CHOSEN;
    if (!alt) found.alt = ALT_MISSING;
    if (Object.keys(found).length) {
      setErrors(found);
      setSummary("Controleer de gemarkeerde velden.");
      return;
    }
    if (!upload) return onInsert({ src: chosen!.src, alt, caption });
    setBusy(true);
    const outcome = await uploadImage(upload, alt, caption);
    setBusy(false);
    if (!outcome.ok) {
      setErrors(outcome.fieldErrors);
      setSummary(outcome.message);
      return;
    }
    onInsert({ src: outcome.media.src, alt, caption });
  };

  const described = (name: string, hint?: string) => [hint, errors[name] ? `image-${name}-fout` : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <EditorDialog title="Afbeelding invoegen" open={open} onClose={onClose} onSubmit={submit} submitLabel={busy ? "Bezig met uploaden…" : file ? "Uploaden en invoegen" : "Invoegen"} error={summary} busy={busy}>
      {file ? (
        <div className="field">
          <p className="field__label">Bestand</p>
          <p>
            {file.name || "Ingeplakte afbeelding"} ({Math.max(1, Math.round(file.size / 1024)).toLocaleString("nl-NL")} kB), wordt aan de mediabibliotheek toegevoegd.
          </p>
          <FieldError id="image-file-fout" text={errors.file} />
        </div>
      ) : (
        <>
          <fieldset className={errors.file ? "field-group field--error" : "field-group"}>
            <legend>Uit de mediabibliotheek</legend>
            <FieldError id="image-file-fout" text={errors.file} />
            <MediaBrowser selectedId={chosen?.id ?? null} onPick={setChosen} autoFocus />
            {chosen && <p>Gekozen: {chosen.alt}</p>}
          </fieldset>
          <div className="field">
            <label htmlFor="image-file">Of upload een nieuw bestand</label>
            <p className="field__hint" id="image-file-hint">JPEG, PNG, WebP, GIF of AVIF, hoogstens 8 MB. U kunt een bestand ook in de tekst slepen of plakken.</p>
            <input id="image-file" name="file" type="file" accept={ACCEPT} aria-describedby={described("file", "image-file-hint")} />
          </div>
        </>
      )}
      <div className={errors.alt ? "field field--error" : "field"}>
        <label htmlFor="image-alt">Alt-tekst (verplicht)</label>
        <p className="field__hint" id="image-alt-hint">
          Beschrijf wat er te zien is, voor wie de afbeelding niet kan zien.
        </p>
        <FieldError id="image-alt-fout" text={errors.alt} />
        <input id="image-alt" name="alt" key={chosen?.id ?? "nieuw"} defaultValue={chosen?.alt ?? ""} maxLength={300} aria-describedby={described("alt", "image-alt-hint")} aria-invalid={errors.alt ? true : undefined} aria-required="true" />
      </div>
      <div className={errors.caption ? "field field--error" : "field"}>
        <label htmlFor="image-caption">Bijschrift (niet verplicht)</label>
        <FieldError id="image-caption-fout" text={errors.caption} />
        <input id="image-caption" name="caption" maxLength={300} aria-describedby={described("caption")} />
      </div>
    </EditorDialog>
  );
}
