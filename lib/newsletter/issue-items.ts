// Which posts an issue holds and which of them each subscriber gets. Pure, so it is unit-tested.

export type ItemCandidate = { id: number; sectionId: number | null; publishedAt: Date | null; eventStartsAt: Date | null };

const DAY_MS = 24 * 3600_000;
/** A weekly digest covers the seven days before it is drafted, and events in the four weeks after. */
export const PERIOD_DAYS = 7;
export const UPCOMING_DAYS = 28;

export function draftPeriod(now: Date): { periodStart: Date; periodEnd: Date; upcomingUntil: Date } {
  return { periodStart: new Date(now.getTime() - PERIOD_DAYS * DAY_MS), periodEnd: now, upcomingUntil: new Date(now.getTime() + UPCOMING_DAYS * DAY_MS) };
}

/**
 * The draft's order: the week's posts newest first, then upcoming events soonest first; a post that is both (an
 * event announced this week) appears once, among the week's posts.
 */
export function draftItemIds({ published, upcoming }: { published: ItemCandidate[]; upcoming: ItemCandidate[] }): number[] {
  const byDate = (a: Date | null, b: Date | null) => (a?.getTime() ?? 0) - (b?.getTime() ?? 0);
  const ids = [...published].sort((a, b) => byDate(b.publishedAt, a.publishedAt) || b.id - a.id).map((p) => p.id);
  for (const event of [...upcoming].sort((a, b) => byDate(a.eventStartsAt, b.eventStartsAt) || a.id - b.id)) {
    if (!ids.includes(event.id)) ids.push(event.id);
  }
  return ids;
}

/** What one subscriber receives: every item, or (when they chose sections) only items in those sections. */
export function itemsForSubscriber<T extends { sectionId: number | null }>(items: T[], sectionIds: number[]): T[] {
  if (sectionIds.length === 0) return items;
  return items.filter((item) => item.sectionId !== null && sectionIds.includes(item.sectionId));
}

export type ItemEdit = { op: "up" | "down" | "remove"; id: number };

/** One editor's step: move an item up or down one place, or take it out. Unknown ids change nothing. */
export function editItems(ids: number[], { op, id }: ItemEdit): number[] {
  const at = ids.indexOf(id);
  if (at < 0) return ids;
  if (op === "remove") return ids.filter((x) => x !== id);
  const to = op === "up" ? at - 1 : at + 1;
  if (to < 0 || to >= ids.length) return ids;
  const next = [...ids];
  [next[at], next[to]] = [next[to]!, next[at]!];
  return next;
}

/** A stable key per distinct item list, so one rendering serves every subscriber with the same choice. */
export const itemSetKey = (items: { id: number }[]) => items.map((i) => i.id).join(",");
