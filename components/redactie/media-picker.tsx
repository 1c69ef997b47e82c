"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import type { MediaOption } from "@/lib/media/media-option";
import { MediaBrowser } from "./media-browser";

const noSubscription = () => () => {};

/**
 * A form field holding one media library item (featured image, staff photo): the current choice with its
 * thumbnail, and a dialog to search the whole library. The value lives in a hidden input, so the current image is
 * always sent back as it was, whether or not it would be on the first page of a list.
 */
export function MediaPicker({ name, label, initial, noneLabel, error, onChange }: {
  name: string;
  label: string;
  initial: MediaOption | null;
  noneLabel: string;
  error?: string;
  onChange?: (item: MediaOption | null) => void;
}) {
  const id = useId();
  const [chosen, setChosen] = useState(initial);
  const [open, setOpen] = useState(false);
  // The dialog is portalled, which only the browser can do: rendered after hydration.
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const choose = (item: MediaOption | null) => {
    setChosen(item);
    setOpen(false);
    onChange?.(item);
    opener.current?.focus();
  };

  const errorId = `${id}-fout`;
  return (
    <div className={error ? "field field--error media-field" : "field media-field"} role="group" aria-labelledby={`${id}-label`}>
      <p className="field__label" id={`${id}-label`}>{label}</p>
      {error && <p className="field__error" id={errorId}>{error}</p>}
      <input type="hidden" name={name} value={chosen?.id ?? ""} />
      <div className="media-field__current">
        {chosen ? (
          <>
            {/* eslint-disable-next-line @next/next/no-img-element -- our own pre-sized WebP thumbnail */}
            <img src={chosen.thumb} alt="" width={96} height={64} />
            <span>{chosen.alt}</span>
          </>
        ) : (
          <span className="muted">{noneLabel}</span>
        )}
      </div>
      <div className="button-row">
        <button ref={opener} type="button" className="button button--quiet" aria-describedby={error ? errorId : undefined} onClick={() => setOpen(true)}>
          {chosen ? "Andere afbeelding kiezen" : "Afbeelding kiezen"}
          <span className="visually-hidden"> ({label})</span>
        </button>
        {chosen && (
          <button type="button" className="button button--quiet" onClick={() => choose(null)}>
            Geen afbeelding<span className="visually-hidden"> ({label})</span>
          </button>
        )}
      </div>
      {/* Portalled to <body>: the dialog's search field is no part of the surrounding form. */}
      {mounted &&
        createPortal(
          <dialog ref={dialog} className="editor-dialog media-dialog" aria-labelledby={`${id}-titel`} onClose={() => setOpen(false)}>
            <h2 id={`${id}-titel`}>{label} kiezen</h2>
            {open && <MediaBrowser selectedId={chosen?.id ?? null} onPick={choose} autoFocus />}
            <div className="button-row">
              <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
                Annuleren
              </button>
            </div>
          </dialog>,
          document.body,
        )}
    </div>
  );
}
