"use client";

import { FormField } from "@/components/ui/form-field";

/** Editors only: the date readers see (also in the past, for an archive article) and "Bijgewerkt op". */
export function PublicationFields({ publishedOn, revisedOn, isPublished, errors }: { publishedOn: string; revisedOn: string | null; isPublished: boolean; errors: Record<string, string> }) {
  return (
    <fieldset className="field-group">
      <legend>Publicatie</legend>
      <FormField
        name="publishedOn"
        label="Publicatiedatum"
        defaultValue={publishedOn}
        error={errors.publishedOn}
        autoComplete="off"
        hint="Bijvoorbeeld 20 juni 2025 of 20-06-2025, eventueel met tijd (10:30). Leeg: het moment van publiceren. Voor later verschijnen: Inplannen."
      />
      {isPublished && (
        <>
          <label className="choice">
            <input type="checkbox" name="markRevised" aria-describedby="veld-markRevised-hint" /> Toon als bijgewerkt
          </label>
          <p className="field__hint" id="veld-markRevised-hint">
            Bij een inhoudelijke wijziging: lezers zien &quot;Bijgewerkt op&quot; met de datum van deze wijziging.
            {revisedOn && ` Nu getoond: bijgewerkt op ${revisedOn}.`}
          </p>
        </>
      )}
    </fieldset>
  );
}
