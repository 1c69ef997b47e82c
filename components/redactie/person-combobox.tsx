"use client";

import { useId, useMemo, useState, type KeyboardEvent } from "react";

export type PersonOption = { id: number; name: string; jobTitle: string; active: boolean };

const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/** Search-as-you-type over the staff directory (WAI-ARIA combobox with a listbox popup). */
export function PersonCombobox({ id, label, people, exclude = [], onSelect, describedBy, invalid, placeholder }: {
  id: string;
  label: string;
  people: PersonOption[];
  exclude?: number[];
  onSelect: (person: PersonOption) => void;
  describedBy?: string;
  invalid?: boolean;
  placeholder?: string;
}) {
  const listId = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const q = fold(query.trim());
    return people.filter((p) => p.active && !exclude.includes(p.id) && (!q || fold(`${p.name} ${p.jobTitle}`).includes(q))).slice(0, 8);
  }, [people, exclude, query]);

  const choose = (person: PersonOption | undefined) => {
    if (!person) return;
    onSelect(person);
    setQuery("");
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter" && open) {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  return (
    <div className="combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] ? `${listId}-${matches[active].id}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} className="combobox__list" hidden={!open || matches.length === 0}>
        {matches.map((person, i) => (
          <li
            key={person.id}
            id={`${listId}-${person.id}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(person)}
          >
            {person.name} <span className="muted">{person.jobTitle}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
