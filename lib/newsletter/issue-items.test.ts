import { describe, expect, it } from "vitest";
import { draftItemIds, editItems, itemsForSubscriber, type ItemCandidate } from "./issue-items";

const day = (n: number) => new Date(Date.UTC(2026, 5, 10 + n));
const post = (id: number, sectionId: number | null, publishedAt: number, eventStartsAt?: number): ItemCandidate => ({
  id,
  sectionId,
  publishedAt: day(publishedAt),
  eventStartsAt: eventStartsAt === undefined ? null : day(eventStartsAt),
});

describe("drafting an issue", () => {
  it("puts the week's posts first, newest first, then upcoming events soonest first", () => {
    const published = [post(1, 1, 1), post(2, 2, 3), post(3, 1, 2)];
    const upcoming = [post(10, 1, -20, 9), post(11, 2, -30, 8)];
    expect(draftItemIds({ published, upcoming })).toEqual([2, 3, 1, 11, 10]);
  });

  it("lists an event announced this week only once", () => {
    const event = post(5, 1, 2, 10);
    expect(draftItemIds({ published: [event, post(6, 1, 1)], upcoming: [event] })).toEqual([5, 6]);
  });
});

describe("items per subscriber", () => {
  const items = [post(1, 1, 1), post(2, 2, 1), post(3, null, 1)];

  it("a subscriber without chosen sections gets everything", () => {
    expect(itemsForSubscriber(items, []).map((i) => i.id)).toEqual([1, 2, 3]);
  });

  it("a subscriber with sections gets only items in those sections, in the issue's order", () => {
    expect(itemsForSubscriber(items, [2, 1]).map((i) => i.id)).toEqual([1, 2]);
  });

  it("a subscriber whose sections have nothing this week gets nothing", () => {
    expect(itemsForSubscriber(items, [9])).toEqual([]);
  });
});

describe("editing the order", () => {
  it("moves an item up and down one place, and not past either end", () => {
    expect(editItems([1, 2, 3], { op: "up", id: 2 })).toEqual([2, 1, 3]);
    expect(editItems([1, 2, 3], { op: "down", id: 2 })).toEqual([1, 3, 2]);
    expect(editItems([1, 2, 3], { op: "up", id: 1 })).toEqual([1, 2, 3]);
    expect(editItems([1, 2, 3], { op: "down", id: 3 })).toEqual([1, 2, 3]);
  });

  it("removes an item, and cannot touch an id that is not in the issue", () => {
    expect(editItems([1, 2, 3], { op: "remove", id: 2 })).toEqual([1, 3]);
    expect(editItems([1, 2, 3], { op: "remove", id: 9 })).toEqual([1, 2, 3]);
  });
});
