"use client";

import { useState } from "react";

export type MediaOption = { id: number; alt: string; src: string; thumb: string };

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

export function ImageFields({ media }: { media: MediaOption[] }) {
  const [chosen, setChosen] = useState<MediaOption | undefined>(media[0]);
  if (media.length === 0) {
    return <p>De mediabibliotheek is nog leeg. Upload eerst een afbeelding via Media.</p>;
  }
  return (
    <>
      <div className="field">
        <label htmlFor="image-media">Afbeelding uit de mediabibliotheek</label>
        <select id="image-media" name="mediaId" defaultValue={chosen?.id} onChange={(e) => setChosen(media.find((m) => String(m.id) === e.target.value))}>
          {media.map((m) => (
            <option key={m.id} value={m.id}>
              {m.alt}
            </option>
          ))}
        </select>
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- a small preview inside the dashboard */}
      {chosen && <img className="image-preview" src={chosen.thumb} alt="" width={160} />}
      <div className="field">
        <label htmlFor="image-alt">Alt-tekst (verplicht)</label>
        <p className="field__hint" id="image-alt-hint">
          Beschrijf wat er te zien is, voor wie de afbeelding niet kan zien.
        </p>
        <input id="image-alt" name="alt" key={chosen?.id} defaultValue={chosen?.alt} aria-describedby="image-alt-hint" required />
      </div>
      <div className="field">
        <label htmlFor="image-caption">Bijschrift (niet verplicht)</label>
        <input id="image-caption" name="caption" />
      </div>
    </>
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
