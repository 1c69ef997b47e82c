"use client";

import type { SaveState } from "./use-post-saver";

const time = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

export function SaveIndicator({ state, savedAt }: { state: SaveState; savedAt: Date | null }) {
  const text = {
    saving: "Bezig met opslaan…",
    dirty: "Niet-opgeslagen wijzigingen",
    error: "Niet opgeslagen",
    saved: savedAt ? `Opgeslagen om ${time.format(savedAt)}` : "Geen wijzigingen",
  }[state];
  return (
    <p className={`save-indicator save-indicator--${state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
