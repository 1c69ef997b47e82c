import { describe, expect, it } from "vitest";
import { workingDaysBefore } from "./working-days";

describe("working days", () => {
  it("skips the weekend: two working days before a Tuesday is the Friday before", () => {
    expect(workingDaysBefore(new Date("2025-06-24T10:00:00Z"), 2).toISOString()).toBe("2025-06-20T10:00:00.000Z");
  });

  it("two working days before a Thursday is the Tuesday", () => {
    expect(workingDaysBefore(new Date("2025-06-26T10:00:00Z"), 2).toISOString()).toBe("2025-06-24T10:00:00.000Z");
  });
});
