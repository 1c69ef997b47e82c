import { describe, expect, it } from "vitest";
import { parseCsv, readImport, toCsv } from "./subscriber-csv";

const sections = [
  { id: 1, slug: "onderwijs" },
  { id: 2, slug: "onderzoek" },
];

describe("subscriber CSV", () => {
  it("quotes cells that need it and defuses formulas", () => {
    expect(toCsv(["a", "b"], [["x,y", "=SUM(A1)"]])).toBe('a,b\r\n"x,y",\'=SUM(A1)\r\n');
  });

  it("reads quoted cells, semicolons and Windows line ends", () => {
    expect(parseCsv('"a;1";b\r\nc;"d ""e"""\r\n')).toEqual([["a;1", "b"], ["c", 'd "e"']]);
  });

  it("imports addresses with their sections and skips a header line", () => {
    const { rows, problems } = readImport("e-mailadres,rubrieken\nAnna@Example.org,onderwijs onderzoek\nbob@example.org,\n", sections);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { email: "anna@example.org", sectionIds: [1, 2] },
      { email: "bob@example.org", sectionIds: [] },
    ]);
  });

  it("reports every bad line by number", () => {
    const { problems } = readImport("goed@example.org\nniet-een-adres\ngoed@example.org\nc@example.org,sport\n", sections);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4]);
  });

  it("cannot import an empty file", () => {
    expect(readImport("\n\n", sections).problems).toHaveLength(1);
  });
});
