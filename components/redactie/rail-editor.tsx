"use client";

import { useState } from "react";
import { RAIL_LABELS, RAIL_MAX_ITEMS } from "@/lib/rail-labels";

export type RailRowValue = { kind: "post" | "link"; postId: string; url: string; title: string; label: string; date: string };
export type RailCandidate = { id: number; title: string; sectionName: string };

const OWN = "__eigen";
const emptyRow = (): RailRowValue => ({ kind: "post", postId: "", url: "", title: "", label: "Uitgelicht", date: "" });

/**
 * The curated rail: up to four rows, each a published post or a web link, with a label and an optional date. The
 * rows travel as one hidden JSON field with the post's own save (same version check); the server checks each field
 * and its messages appear next to that field (`rail-<row>-<field>`).
 */
export function RailEditor({ initial, candidates, errors, onChange }: { initial: RailRowValue[]; candidates: RailCandidate[]; errors: Record<string, string>; onChange: () => void }) {
  const [rows, setRows] = useState(initial);
  const update = (next: RailRowValue[]) => {
    setRows(next);
    onChange();
  };
  const set = (i: number, patch: Partial<RailRowValue>) => update(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));

  return (
    <fieldset className="field-group rail-editor" id="veld-rail">
      <legend>Rail &quot;Ook interessant&quot;</legend>
      <p className="field__hint">Zonder keuze kiest de site zelf: uitgelicht, webinar, analyse en het volgende evenement.</p>
      {errors.rail && <p className="field__error">{errors.rail}</p>}
      <input type="hidden" name="railItems" value={JSON.stringify(rows)} />
      <ol className="rail-editor__rows">
        {rows.map((row, i) => {
          const id = (field: string) => `veld-rail-${i}-${field}`;
          const error = (field: string) => errors[`rail-${i}-${field}`];
          const described = (field: string) => (error(field) ? `${id(field)}-fout` : undefined);
          const ownLabel = !(RAIL_LABELS as readonly string[]).includes(row.label);
          const message = (field: string) =>
            error(field) && (
              <p className="field__error" id={`${id(field)}-fout`}>
                {error(field)}
              </p>
            );
          return (
            <li key={i} className="rail-editor__row">
              <fieldset>
                <legend>Item {i + 1}</legend>
                <div className="rail-editor__kind" role="radiogroup" aria-label={`Soort item ${i + 1}`}>
                  <label className="choice">
                    <input type="radio" name={`rail-${i}-kind`} checked={row.kind === "post"} onChange={() => set(i, { kind: "post" })} /> Bericht van de site
                  </label>
                  <label className="choice">
                    <input type="radio" name={`rail-${i}-kind`} checked={row.kind === "link"} onChange={() => set(i, { kind: "link" })} /> Link naar een andere site
                  </label>
                </div>
                {row.kind === "post" ? (
                  <div className={error("postId") ? "field field--error" : "field"}>
                    <label htmlFor={id("postId")}>Bericht</label>
                    {message("postId")}
                    <select id={id("postId")} value={row.postId} aria-describedby={described("postId")} onChange={(e) => set(i, { postId: e.currentTarget.value })}>
                      <option value="">Kies een bericht</option>
                      {candidates.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.title} ({c.sectionName})
                        </option>
                      ))}
                    </select>
                  </div>
                ) : (
                  <>
                    <div className={error("url") ? "field field--error" : "field"}>
                      <label htmlFor={id("url")}>Webadres</label>
                      {message("url")}
                      <input id={id("url")} type="url" value={row.url} aria-invalid={error("url") ? true : undefined} aria-describedby={described("url")} onChange={(e) => set(i, { url: e.currentTarget.value })} />
                    </div>
                    <div className={error("title") ? "field field--error" : "field"}>
                      <label htmlFor={id("title")}>Titel van de link</label>
                      {message("title")}
                      <input id={id("title")} value={row.title} aria-invalid={error("title") ? true : undefined} aria-describedby={described("title")} onChange={(e) => set(i, { title: e.currentTarget.value })} />
                    </div>
                  </>
                )}
                <div className={error("label") ? "field field--error" : "field"}>
                  <label htmlFor={id("label")}>Label</label>
                  {message("label")}
                  <select id={id("label")} value={ownLabel ? OWN : row.label} aria-describedby={described("label")} onChange={(e) => set(i, { label: e.currentTarget.value === OWN ? "" : e.currentTarget.value })}>
                    {RAIL_LABELS.map((label) => (
                      <option key={label} value={label}>
                        {label}
                      </option>
                    ))}
                    <option value={OWN}>Eigen label…</option>
                  </select>
                  {ownLabel && (
                    <>
                      <label htmlFor={id("ownLabel")} className="visually-hidden">
                        Eigen label item {i + 1}
                      </label>
                      <input id={id("ownLabel")} value={row.label} placeholder="Eigen label" onChange={(e) => set(i, { label: e.currentTarget.value })} />
                    </>
                  )}
                </div>
                <div className={error("date") ? "field field--error" : "field"}>
                  <label htmlFor={id("date")}>Datum (niet verplicht)</label>
                  {message("date")}
                  <input id={id("date")} value={row.date} placeholder="20-06-2025" aria-invalid={error("date") ? true : undefined} aria-describedby={described("date")} onChange={(e) => set(i, { date: e.currentTarget.value })} />
                </div>
                <button type="button" className="button button--quiet" onClick={() => update(rows.filter((_, j) => j !== i))}>
                  Item {i + 1} verwijderen
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {rows.length < RAIL_MAX_ITEMS && (
        <button type="button" className="button button--quiet" onClick={() => update([...rows, emptyRow()])}>
          Item toevoegen
        </button>
      )}
    </fieldset>
  );
}
