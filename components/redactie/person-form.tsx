"use client";

import { useActionState } from "react";
import { savePersonAction } from "@/app/redactie/medewerkers/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";
import type { MediaOption } from "@/lib/media/media-option";
import { MediaPicker } from "./media-picker";

export type PersonFormValues = {
  id: number | null;
  name: string;
  jobTitle: string;
  email: string;
  phone: string;
  bio: string;
  photoId: number | null;
  userId: number | null;
  active: boolean;
};

const LABELS = { name: "Naam", jobTitle: "Functie", email: "E-mailadres", phone: "Telefoon", bio: "Korte bio", photoId: "Foto", userId: "Account" };

export function PersonForm({ person, photo, users, canLinkAccounts }: {
  person: PersonFormValues;
  /** The current photo: kept as it is unless someone picks another (never lost for not being in a list). */
  photo: MediaOption | null;
  users: { id: number; name: string; email: string }[];
  canLinkAccounts: boolean;
}) {
  const [state, action, pending] = useActionState(savePersonAction, idle);
  // After a save or a refusal, show what was sent; before, what is stored.
  const v = state.values ?? {
    name: person.name, jobTitle: person.jobTitle, email: person.email, phone: person.phone, bio: person.bio,
    photoId: String(person.photoId ?? ""), userId: String(person.userId ?? ""), active: person.active ? "on" : "",
  };
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="form" noValidate>
      <FormStatus state={state} labels={LABELS} />
      <input type="hidden" name="id" value={person.id ?? ""} />
      <FormField name="name" label={LABELS.name} required defaultValue={v.name} error={errors.name} autoComplete="off" />
      <FormField name="jobTitle" label={LABELS.jobTitle} defaultValue={v.jobTitle} error={errors.jobTitle} />
      <FormField name="email" label={LABELS.email} type="email" defaultValue={v.email} error={errors.email} hint="Vragen van lezers voor deze medewerker worden hierheen gemeld." />
      <FormField name="phone" label={LABELS.phone} type="tel" defaultValue={v.phone} error={errors.phone} />
      <div className={errors.bio ? "field field--error" : "field"}>
        <label htmlFor="veld-bio">{LABELS.bio}</label>
        {errors.bio && <p className="field__error" id="veld-bio-fout">{errors.bio}</p>}
        <textarea id="veld-bio" name="bio" rows={4} defaultValue={v.bio} aria-describedby={errors.bio ? "veld-bio-fout" : undefined} />
      </div>
      <MediaPicker name="photoId" label={LABELS.photoId} initial={photo} noneLabel="Geen foto" error={errors.photoId} />
      {canLinkAccounts ? (
        <div className={errors.userId ? "field field--error" : "field"}>
          <label htmlFor="veld-userId">{LABELS.userId}</label>
          {errors.userId && <p className="field__error" id="veld-userId-fout">{errors.userId}</p>}
          <select id="veld-userId" name="userId" defaultValue={v.userId} aria-describedby={errors.userId ? "veld-userId-fout" : undefined}>
            <option value="">Geen account</option>
            {users.map((u) => <option key={u.id} value={u.id}>{u.name} ({u.email})</option>)}
          </select>
        </div>
      ) : (
        // Only admins link accounts (the link decides whose inbox receives this person's questions).
        <input type="hidden" name="userId" value={v.userId} />
      )}
      <label className="choice">
        <input type="checkbox" name="active" defaultChecked={v.active === "on"} /> Actief (zichtbaar op de site en te kiezen als contactpersoon)
      </label>
      <button type="submit" className="button" disabled={pending}>
        Opslaan
      </button>
    </form>
  );
}
