"use client";

import "@/app/styles/media-picker.css";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { MEDIA_SEARCH_URL, type MediaOption, type MediaSearchPage } from "@/lib/media/media-option";

type Load = { status: "loading" | "ready" | "error"; items: MediaOption[]; nextOffset: number | null };

async function fetchPage(q: string, offset: number, signal?: AbortSignal): Promise<MediaSearchPage> {
  const params = new URLSearchParams({ q, vanaf: String(offset) });
  const response = await fetch(`${MEDIA_SEARCH_URL}?${params}`, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

/**
 * A search field over the media library and a listbox of thumbnails, one page at a time ("Meer afbeeldingen").
 * Arrow keys, Home and End move through the list; Enter or Space chooses. Not a form of its own, so it can sit
 * inside another form's dialog: Enter in the search field searches instead of submitting.
 */
export function MediaBrowser({ selectedId, onPick, autoFocus }: { selectedId: number | null; onPick: (item: MediaOption) => void; autoFocus?: boolean }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [load, setLoad] = useState<Load>({ status: "loading", items: [], nextOffset: null });
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  // A new search replaces the list; typing waits a moment so each key press is not a request.
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoad((l) => ({ ...l, status: "loading" }));
      fetchPage(query.trim(), 0, controller.signal)
        .then((page) => {
          setLoad({ status: "ready", items: page.items, nextOffset: page.nextOffset });
          setActive(0);
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setLoad({ status: "error", items: [], nextOffset: null });
          return error;
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const more = async () => {
    if (load.nextOffset === null) return;
    setLoad((l) => ({ ...l, status: "loading" }));
    try {
      const page = await fetchPage(query.trim(), load.nextOffset);
      setLoad((l) => ({ status: "ready", items: [...l.items, ...page.items], nextOffset: page.nextOffset }));
    } catch {
      setLoad((l) => ({ ...l, status: "error" }));
    }
  };

  const optionId = (i: number) => `${id}-optie-${i}`;
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = load.items.length - 1;
    if (last < 0) return;
    const next = { ArrowDown: active + 1, ArrowRight: active + 1, ArrowUp: active - 1, ArrowLeft: active - 1, Home: 0, End: last }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      const index = Math.max(0, Math.min(last, next));
      setActive(index);
      document.getElementById(optionId(index))?.scrollIntoView({ block: "nearest" });
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      const item = load.items[active];
      if (item) onPick(item);
    }
  };

  const count = load.items.length;
  return (
    <div className="media-browser">
      <div className="field">
        <label htmlFor={`${id}-zoek`}>Zoek in de mediabibliotheek</label>
        <input
          id={`${id}-zoek`}
          type="search"
          value={query}
          autoFocus={autoFocus}
          placeholder="Alt-tekst of bestandsnaam"
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") e.preventDefault();
            if (e.key === "ArrowDown" && count > 0) {
              e.preventDefault();
              listRef.current?.focus();
            }
          }}
        />
      </div>
      <p className="media-browser__status" role="status">
        {load.status === "loading"
          ? "Afbeeldingen laden…"
          : load.status === "error"
            ? "De mediabibliotheek kon niet worden geladen. Probeer het opnieuw."
            : count === 0
              ? query.trim() ? "Geen afbeeldingen gevonden." : "De mediabibliotheek is nog leeg."
              : `${count}${load.nextOffset !== null ? "+" : ""} ${count === 1 ? "afbeelding" : "afbeeldingen"}`}
      </p>
      {count > 0 && (
        <ul
          ref={listRef}
          role="listbox"
          tabIndex={0}
          aria-label="Afbeeldingen"
          aria-activedescendant={optionId(active)}
          className="media-browser__list"
          onKeyDown={onListKey}
        >
          {load.items.map((item, i) => (
            <li
              key={item.id}
              id={optionId(i)}
              role="option"
              aria-selected={item.id === selectedId}
              className={i === active ? "media-option media-option--active" : "media-option"}
              onClick={() => {
                setActive(i);
                onPick(item);
              }}
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- our own pre-sized WebP thumbnail */}
              <img src={item.thumb} alt="" width={96} height={64} loading="lazy" />
              <span>{item.alt}</span>
            </li>
          ))}
        </ul>
      )}
      {load.nextOffset !== null && (
        <button type="button" className="button button--quiet" onClick={more} disabled={load.status === "loading"}>
          Meer afbeeldingen
        </button>
      )}
    </div>
  );
}
