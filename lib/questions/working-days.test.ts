import { describe, expect, it } from "vitest";
import { dutchNumber, isOverdue, median, workingDaysBetween, workingDaysPhrase, workingDaysShort, overdueCutoff } from "./working-days";

// Amsterdam wall-clock times; November 2026 is winter time (UTC+1). 2 November 2026 is a Monday.
const at = (iso: string) => new Date(`${iso}+01:00`);

describe("working days between a question and now", () => {
  it("is zero on the day the question was asked", () => {
    expect(workingDaysBetween(at("2026-11-02T09:00:00"), at("2026-11-02T23:59:00"))).toBe(0);
  });

  it("counts each weekday that has begun since: Tuesday is one, Wednesday two", () => {
    expect(workingDaysBetween(at("2026-11-02T17:00:00"), at("2026-11-03T08:00:00"))).toBe(1);
    expect(workingDaysBetween(at("2026-11-02T17:00:00"), at("2026-11-04T08:00:00"))).toBe(2);
  });

  it("does not count Saturday and Sunday", () => {
    // Friday to the next Monday: one working day.
    expect(workingDaysBetween(at("2026-11-06T10:00:00"), at("2026-11-09T10:00:00"))).toBe(1);
    // Asked on Saturday: nothing on Sunday, one on Monday.
    expect(workingDaysBetween(at("2026-11-07T10:00:00"), at("2026-11-08T10:00:00"))).toBe(0);
    expect(workingDaysBetween(at("2026-11-07T10:00:00"), at("2026-11-09T10:00:00"))).toBe(1);
  });

  it("counts whole weeks as five and long spans exactly", () => {
    expect(workingDaysBetween(at("2026-11-02T10:00:00"), at("2026-11-09T10:00:00"))).toBe(5);
    expect(workingDaysBetween(at("2026-11-02T10:00:00"), at("2026-11-30T10:00:00"))).toBe(20);
    expect(workingDaysBetween(at("2026-11-04T10:00:00"), at("2026-11-16T10:00:00"))).toBe(8);
  });

  it("follows the Amsterdam calendar, not UTC: 00:30 on Tuesday in Amsterdam is Tuesday", () => {
    expect(workingDaysBetween(at("2026-11-02T12:00:00"), new Date("2026-11-02T23:30:00Z"))).toBe(1);
  });

  it("is never negative", () => {
    expect(workingDaysBetween(at("2026-11-09T10:00:00"), at("2026-11-02T10:00:00"))).toBe(0);
  });

  it("calls a question overdue only after the promised number of working days", () => {
    expect(isOverdue(2, 2)).toBe(false);
    expect(isOverdue(3, 2)).toBe(true);
  });
});

describe("Dutch number words", () => {
  it("writes small numbers as words and large ones as figures", () => {
    expect(workingDaysPhrase(1)).toBe("één werkdag");
    expect(workingDaysPhrase(2)).toBe("twee werkdagen");
    expect(workingDaysPhrase(12)).toBe("twaalf werkdagen");
    expect(workingDaysPhrase(21)).toBe("21 werkdagen");
    expect(dutchNumber(20)).toBe("twintig");
  });

  it("writes the inbox's short form with figures and a decimal comma", () => {
    expect(workingDaysShort(1)).toBe("1 werkdag");
    expect(workingDaysShort(1.5)).toBe("1,5 werkdagen");
    expect(workingDaysShort(0)).toBe("0 werkdagen");
  });
});

describe("the median", () => {
  it("is the middle value, or the mean of the middle two", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("the overdue cutoff for queries", () => {
  it("selects exactly the questions isOverdue marks, across weekends and the change to summer time", () => {
    const nows = ["2025-06-26T10:00:00Z", "2025-06-23T07:30:00Z", "2025-03-31T22:30:00Z", "2025-10-27T05:00:00Z"].map((t) => new Date(t));
    for (const now of nows) {
      for (const promise of [1, 2, 5]) {
        const cutoff = overdueCutoff(now, promise);
        // Every half hour over the three weeks before `now`.
        for (let t = now.getTime() - 21 * 24 * 3600_000; t < now.getTime(); t += 30 * 60_000) {
          const asked = new Date(t);
          expect(asked < cutoff, `${asked.toISOString()} at ${now.toISOString()}, promise ${promise}`).toBe(isOverdue(workingDaysBetween(asked, now), promise));
        }
      }
    }
  });
});
