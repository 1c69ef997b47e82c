import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, fromAmsterdamInput, isoDateTime, parseDutchDate, toAmsterdamInput } from "./dates";

describe("Dutch dates", () => {
  it("writes the publication date in the long Dutch form", () => {
    expect(formatDate(new Date("2025-06-20T10:00:00Z"))).toBe("20 juni 2025");
  });

  it("uses Amsterdam time, so a late-evening UTC time is already the next day", () => {
    expect(formatDate(new Date("2025-06-19T22:30:00Z"))).toBe("20 juni 2025");
    expect(formatDate(new Date("2025-01-31T23:30:00Z"))).toBe("1 februari 2025");
  });

  it("adds the Amsterdam clock time for events, winter and summer", () => {
    expect(formatDateTime(new Date("2025-03-03T13:30:00Z"))).toBe("3 maart 2025, 14:30");
    expect(formatDateTime(new Date("2025-07-03T13:30:00Z"))).toBe("3 juli 2025, 15:30");
  });

  it("gives an ISO value for the datetime attribute", () => {
    expect(isoDateTime(new Date("2025-06-20T10:00:00Z"))).toBe("2025-06-20T10:00:00.000Z");
  });
});

describe("datetime-local values in Amsterdam time", () => {
  it("round-trip in winter and summer", () => {
    expect(fromAmsterdamInput("2025-01-15T14:30")?.toISOString()).toBe("2025-01-15T13:30:00.000Z");
    expect(fromAmsterdamInput("2025-06-20T14:30")?.toISOString()).toBe("2025-06-20T12:30:00.000Z");
    expect(toAmsterdamInput(new Date("2025-06-20T12:30:00Z"))).toBe("2025-06-20T14:30");
  });
  it("refuses what is not a date", () => {
    expect(fromAmsterdamInput("2025-02-30T10:00")).toBeNull();
    expect(fromAmsterdamInput("morgen")).toBeNull();
  });
});

describe("datetime-local values with seconds", () => {
  it("keep the seconds", () => {
    expect(fromAmsterdamInput("2025-06-20T14:30:15")?.toISOString()).toBe("2025-06-20T12:30:15.000Z");
  });
});

describe("publication dates as editors type them", () => {
  it("reads the long Dutch form, with or without a time", () => {
    expect(parseDutchDate("20 juni 2025")?.toISOString()).toBe("2025-06-20T10:00:00.000Z");
    expect(parseDutchDate("20 juni 2025, 09:15")?.toISOString()).toBe("2025-06-20T07:15:00.000Z");
    expect(parseDutchDate("3 Jan 2025")?.toISOString()).toBe("2025-01-03T11:00:00.000Z");
  });

  it("reads day-month-year with dashes or slashes, and ISO dates", () => {
    expect(parseDutchDate("20-06-2025")?.toISOString()).toBe("2025-06-20T10:00:00.000Z");
    expect(parseDutchDate("20/6/2025 14:30")?.toISOString()).toBe("2025-06-20T12:30:00.000Z");
    expect(parseDutchDate(" 2025-06-20 ")?.toISOString()).toBe("2025-06-20T10:00:00.000Z");
  });

  it("reads back what formatDateTime writes", () => {
    const date = new Date("2025-11-02T08:45:00Z");
    expect(parseDutchDate(formatDateTime(date))?.toISOString()).toBe(date.toISOString());
  });

  it("refuses text, impossible days and unknown months", () => {
    for (const text of ["gisteren", "31 juni 2025", "30-02-2025", "20 juno 2025", "20-13-2025", "20 juni 2025, 25:00", "2025-6-20", ""]) {
      expect(parseDutchDate(text), text).toBeNull();
    }
  });
});
