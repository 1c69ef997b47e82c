"use client";

import type { SaveState } from "./use-post-saver";

const time = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

/** The status line; `pending` means a published post's saved edits that readers do not see yet. */
export function SaveIndicator({ state, savedAt, pending = false }: { state: SaveState; savedAt: Date | null; pending?: boolean }) {
  const saved = pending
    ? `Wijzigingen nog niet gepubliceerd – opgeslagen om ${savedAt ? time.format(savedAt) : "onbekend tijdstip"}`
    : savedAt
      ? `Opgeslagen om ${time.format(savedAt)}`
      : "Geen wijzigingen";
  const text = {
    saving: "Bezig met opslaan…",
    dirty: "Niet-opgeslagen wijzigingen",
    error: "Niet opgeslagen",
    saved,
  }[state];
  return (
    <p className={`save-indicator save-indicator--${state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
