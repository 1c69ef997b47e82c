// The one place that decides a post's publication date ("Publicatiedatum") and its "Bijgewerkt op" date.
import type { PostStatus } from "@/db/schema";

export const FUTURE_DATE_MESSAGE = "Deze datum ligt in de toekomst. Wilt u het bericht later laten verschijnen? Gebruik dan Inplannen.";

type Input = {
  /** The stored publication date, if any. */
  current: Date | null;
  status: PostStatus;
  scheduledAt: Date | null;
  /** A date an editor typed in "Publicatiedatum" (validated: not in the future). */
  requested: Date | null;
  now: Date;
};

/**
 * A scheduled post appears at its scheduled moment. Otherwise a date an editor chose wins (backdating an archive
 * article); without one, a date the post already had in the past is kept (a correction is not news), and a post
 * published now is dated now: also one that was scheduled for later.
 */
export function resolvePublishedAt({ current, status, scheduledAt, requested, now }: Input): Date | null {
  if (status === "scheduled") return scheduledAt;
  if (requested) return sameMinute(requested, current) ? current : requested;
  if (status !== "published") return current;
  return current && current.getTime() <= now.getTime() ? current : now;
}

/** "Bijgewerkt op" moves to now only when an editor marks an edit of a published post as substantive. */
export function resolveRevisedAt({ markRevised, wasPublished, status, now }: { markRevised: boolean; wasPublished: boolean; status: PostStatus; now: Date }): Date | undefined {
  return markRevised && wasPublished && status === "published" ? now : undefined;
}

// The field shows minutes only: saving it unchanged keeps the stored moment to the millisecond (and the order).
function sameMinute(a: Date, b: Date | null): b is Date {
  return b !== null && Math.floor(a.getTime() / 60_000) === Math.floor(b.getTime() / 60_000);
}
