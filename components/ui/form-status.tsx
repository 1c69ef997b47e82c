import type { ActionState } from "@/lib/actions/action-state";

/** Error summary on top of a form (links to each field) or a success message; announced to screen readers. */
export function FormStatus({ state, labels, idPrefix = "veld" }: { state: ActionState; labels?: Record<string, string>; idPrefix?: string }) {
  const errors = Object.entries(state.fieldErrors ?? {});
  return (
    <div aria-live="polite" aria-atomic="true">
      {state.status === "error" && (
        <div className="form-summary form-summary--error" role="alert">
          <p className="form-summary__title">{state.message ?? "Er ging iets mis."}</p>
          {errors.length > 0 && (
            <ul>
              {errors.map(([field, message]) => (
                <li key={field}>
                  <a href={`#${idPrefix}-${field}`}>{labels?.[field] ? `${labels[field]}: ${message}` : message}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.status === "success" && state.message && (
        <p className="form-summary form-summary--success" role="status">
          {state.message}
        </p>
      )}
    </div>
  );
}
