"use client";

export type { MediaOption } from "@/lib/media/media-option";

export function LinkFields({ current }: { current?: string }) {
  return (
    <div className="field">
      <label htmlFor="link-href">Webadres</label>
      <p className="field__hint" id="link-href-hint">
        Begint met https://, http:// of mailto:. Laat leeg om de link te verwijderen.
      </p>
      <input id="link-href" name="href" type="text" inputMode="url" defaultValue={current ?? ""} aria-describedby="link-href-hint" autoFocus />
    </div>
  );
}

export function VideoFields() {
  return (
    <div className="field">
      <label htmlFor="video-url">Adres van de YouTube-video</label>
      <p className="field__hint" id="video-url-hint">
        Lezers zien eerst een link; de video laadt pas als zij erop klikken, zonder trackingcookies.
      </p>
      <input id="video-url" name="url" type="url" aria-describedby="video-url-hint" autoFocus />
    </div>
  );
}
