"use client";

import { useActionState } from "react";
import { createUserAction } from "@/app/redactie/gebruikers/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle } from "@/lib/actions/action-state";
import { ROLE_LABELS } from "@/lib/auth/permissions";

const LABELS = { name: "Naam", email: "E-mailadres", role: "Rol", setup: "Wachtwoord", password: "Tijdelijk wachtwoord" };

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, idle);
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="form" noValidate>
      <FormStatus state={state} labels={LABELS} />
      <FormField name="name" label={LABELS.name} required defaultValue={values?.name} error={state.fieldErrors?.name} autoComplete="off" />
      <FormField name="email" label={LABELS.email} type="email" required defaultValue={values?.email} error={state.fieldErrors?.email} autoComplete="off" />
      <div className="field">
        <label htmlFor="veld-role">{LABELS.role}</label>
        <select id="veld-role" name="role" defaultValue={values?.role ?? "author"}>
          {Object.entries(ROLE_LABELS).map(([role, label]) => (
            <option key={role} value={role}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field" id="veld-setup">
        <legend>{LABELS.setup}</legend>
        <label className="choice">
          <input type="radio" name="setup" value="link" defaultChecked={(values?.setup ?? "link") === "link"} /> Eenmalige link: de gebruiker kiest zelf een wachtwoord
        </label>
        <label className="choice">
          <input type="radio" name="setup" value="password" defaultChecked={values?.setup === "password"} /> Tijdelijk wachtwoord dat ik zelf doorgeef
        </label>
      </fieldset>
      <FormField name="password" label={LABELS.password} type="password" hint="Alleen bij een tijdelijk wachtwoord; minstens 12 tekens." autoComplete="new-password" error={state.fieldErrors?.password} />
      <button type="submit" className="button" disabled={pending}>
        Gebruiker aanmaken
      </button>
    </form>
  );
}
