"use client";

import { useState } from "react";
import { PersonCombobox, type PersonOption } from "./person-combobox";

export function ContactPersonField({ people, initialId, error, onChange }: { people: PersonOption[]; initialId: number | null; error?: string; onChange: () => void }) {
  const [personId, setPersonId] = useState<number | null>(initialId);
  const person = people.find((p) => p.id === personId);
  const set = (id: number | null) => {
    setPersonId(id);
    onChange();
  };
  return (
    <fieldset className={error ? "field field--error" : "field"} id="veld-contactPersonId">
      <legend>Contactpersoon</legend>
      <input type="hidden" name="contactPersonId" value={personId ?? ""} />
      {error && <p className="field__error" id="contact-fout">{error}</p>}
      <p aria-live="polite" className="chosen-person">
        {person ? (
          <>
            <strong>{person.name}</strong> · {person.jobTitle}{" "}
            <button type="button" className="link-button" onClick={() => set(null)}>
              Verwijderen<span className="visually-hidden"> als contactpersoon</span>
            </button>
          </>
        ) : (
          "Nog geen contactpersoon gekozen."
        )}
      </p>
      <PersonCombobox id="contact-search" label={person ? "Andere contactpersoon zoeken" : "Contactpersoon zoeken"} people={people} onSelect={(p) => set(p.id)} describedBy={error ? "contact-fout" : undefined} invalid={Boolean(error)} />
    </fieldset>
  );
}

export function CoauthorsField({ people, initialIds, error, onChange }: { people: PersonOption[]; initialIds: number[]; error?: string; onChange: () => void }) {
  const [ids, setIds] = useState(initialIds);
  const update = (next: number[]) => {
    setIds(next);
    onChange();
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...ids];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    update(next);
  };
  return (
    <fieldset className={error ? "field field--error" : "field"} id="veld-coauthorIds">
      <legend>Co-auteurs</legend>
      <input type="hidden" name="coauthorIds" value={ids.join(",")} />
      {error && <p className="field__error">{error}</p>}
      {ids.length > 0 ? (
        <ol className="coauthor-list" aria-live="polite">
          {ids.map((id, i) => {
            const name = people.find((p) => p.id === id)?.name ?? `#${id}`;
            return (
              <li key={id}>
                <span>{name}</span>
                <button type="button" className="link-button" disabled={i === 0} onClick={() => move(i, -1)}>
                  Omhoog<span className="visually-hidden">: {name}</span>
                </button>
                <button type="button" className="link-button" disabled={i === ids.length - 1} onClick={() => move(i, 1)}>
                  Omlaag<span className="visually-hidden">: {name}</span>
                </button>
                <button type="button" className="link-button" onClick={() => update(ids.filter((x) => x !== id))}>
                  Verwijderen<span className="visually-hidden">: {name}</span>
                </button>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted">Geen co-auteurs.</p>
      )}
      <PersonCombobox id="coauthor-search" label="Co-auteur toevoegen" people={people} exclude={ids} onSelect={(p) => update([...ids, p.id])} />
    </fieldset>
  );
}
