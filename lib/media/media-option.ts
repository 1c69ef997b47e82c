// A media library item as the dashboard's pickers need it. No server dependencies (house rule 13).
import { mediaUrl } from "@/lib/media-urls";

export type MediaOption = { id: number; alt: string; src: string; thumb: string };

export function toMediaOption(item: { id: number; alt: string; storageKey: string }): MediaOption {
  return { id: item.id, alt: item.alt, src: mediaUrl(item.storageKey), thumb: mediaUrl(item.storageKey, 320) };
}

/** The picker's search route: `?q=` searches alt text and file name, `vanaf=` pages on. */
export const MEDIA_SEARCH_URL = "/redactie/media/zoeken";
export const MEDIA_PAGE_SIZE = 24;

export type MediaSearchPage = { items: MediaOption[]; nextOffset: number | null };
