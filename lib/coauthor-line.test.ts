import { describe, expect, it } from "vitest";
import { coauthorLine } from "./coauthor-line";

describe("the co-author line", () => {
  it("is absent without co-authors", () => {
    expect(coauthorLine([])).toBeNull();
    expect(coauthorLine(["  "])).toBeNull();
  });
  it("names one co-author", () => {
    expect(coauthorLine(["Lotte Kuiper"])).toBe("Mede geschreven door Lotte Kuiper.");
  });
  it("joins two co-authors with 'en'", () => {
    expect(coauthorLine(["A", "B"])).toBe("Mede geschreven door A en B.");
  });
  it("lists three co-authors with commas and a final 'en'", () => {
    expect(coauthorLine(["A", "B", "C"])).toBe("Mede geschreven door A, B en C.");
  });
});
