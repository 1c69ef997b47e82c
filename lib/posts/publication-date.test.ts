import { describe, expect, it } from "vitest";
import { resolvePublishedAt, resolveRevisedAt } from "./publication-date";

const now = new Date("2026-03-10T09:00:00Z");
const june = new Date("2025-06-20T10:00:00Z");
const lastWeek = new Date("2026-03-03T09:12:34.567Z");

describe("the publication date", () => {
  it("is the date an editor chose, also for a post published just now", () => {
    expect(resolvePublishedAt({ current: null, status: "published", scheduledAt: null, requested: june, now })).toEqual(june);
    expect(resolvePublishedAt({ current: lastWeek, status: "published", scheduledAt: null, requested: june, now })).toEqual(june);
  });

  it("is kept to the millisecond when the field is saved unchanged", () => {
    const shown = new Date("2026-03-03T09:12:00Z");
    expect(resolvePublishedAt({ current: lastWeek, status: "published", scheduledAt: null, requested: shown, now })).toBe(lastWeek);
  });

  it("is now for a first publication without a chosen date, and kept for a republished post", () => {
    expect(resolvePublishedAt({ current: null, status: "published", scheduledAt: null, requested: null, now })).toEqual(now);
    expect(resolvePublishedAt({ current: lastWeek, status: "published", scheduledAt: null, requested: null, now })).toEqual(lastWeek);
  });

  it("is the scheduled moment for a scheduled post, whatever was typed", () => {
    const later = new Date("2026-04-01T08:00:00Z");
    expect(resolvePublishedAt({ current: null, status: "scheduled", scheduledAt: later, requested: june, now })).toEqual(later);
  });

  it("becomes now when a post scheduled for later is published at once", () => {
    const later = new Date("2026-04-01T08:00:00Z");
    expect(resolvePublishedAt({ current: later, status: "published", scheduledAt: null, requested: null, now })).toEqual(now);
  });

  it("is remembered on a draft until it is published", () => {
    expect(resolvePublishedAt({ current: null, status: "draft", scheduledAt: null, requested: june, now })).toEqual(june);
    expect(resolvePublishedAt({ current: null, status: "draft", scheduledAt: null, requested: null, now })).toBeNull();
  });
});

describe("the 'Bijgewerkt op' date", () => {
  it("moves to now only when an editor ticks it while editing a published post", () => {
    expect(resolveRevisedAt({ markRevised: true, wasPublished: true, status: "published", now })).toEqual(now);
    expect(resolveRevisedAt({ markRevised: false, wasPublished: true, status: "published", now })).toBeUndefined();
    expect(resolveRevisedAt({ markRevised: true, wasPublished: false, status: "published", now })).toBeUndefined();
    expect(resolveRevisedAt({ markRevised: true, wasPublished: true, status: "draft", now })).toBeUndefined();
  });
});
