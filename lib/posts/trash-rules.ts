// The trash ("Prullenbak"): which posts may go there and for how long. No server dependencies, so pages and the
// editor can show the same rule the server applies.
import type { PostStatus } from "@/db/schema";

export const TRASH_DAYS = 30;

/** Published and scheduled posts are archived first, so nothing readers can see disappears by one click. */
export const TRASHABLE_STATUSES: readonly PostStatus[] = ["draft", "in_review", "archived"];

export const TRASHED_MESSAGE = "Dit bericht staat in de prullenbak. Zet het eerst terug om het te bewerken.";

export const NOT_TRASHABLE_MESSAGE = "Gepubliceerde en ingeplande berichten kunnen niet naar de prullenbak. Archiveer het bericht eerst.";

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a post trashed at `trashedAt` is removed for good by the retention job. */
export function purgeDate(trashedAt: Date): Date {
  return new Date(trashedAt.getTime() + TRASH_DAYS * DAY_MS);
}

/** Posts trashed before this moment are due for removal at `now`. */
export function purgeBefore(now: Date): Date {
  return new Date(now.getTime() - TRASH_DAYS * DAY_MS);
}
