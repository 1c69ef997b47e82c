"use client";

import { useEffect, useId, useRef } from "react";
import { createPortal } from "react-dom";

/**
 * A modal dialog with its own small form; Escape and "Annuleren" close it without changes. Portalled to <body>
 * so its form is never nested inside the post form.
 */
export function EditorDialog({ title, open, onClose, onSubmit, submitLabel, children, error, busy }: {
  title: string;
  open: boolean;
  onClose: () => void;
  onSubmit: (data: FormData) => void;
  submitLabel: string;
  children: React.ReactNode;
  error?: string | null;
  /** While the dialog's work runs (an upload): the submit button waits. */
  busy?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return createPortal(
    <dialog ref={ref} className="editor-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          // Not the post form: this dialog's form only feeds the editor.
          event.stopPropagation();
          onSubmit(new FormData(event.currentTarget));
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        {children}
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {submitLabel}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Annuleren
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  );
}
