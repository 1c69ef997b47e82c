import { describe, expect, it } from "vitest";
import { toFtsQuery, toTitleQuery } from "./fts-query";

describe("the search query", () => {
  it("quotes every word and makes the last a prefix", () => {
    expect(toFtsQuery("europees beleid")).toBe('"europees" "beleid"*');
  });
  it("keeps accented letters (the index folds them)", () => {
    expect(toFtsQuery("coöperatie")).toBe('"coöperatie"*');
  });
  it("drops FTS5 operators, quotes and column filters", () => {
    expect(toFtsQuery('title:x OR "y" NEAR(z) -w *')).toBe('"title" "x" "OR" "y" "NEAR" "z" "w"*');
  });
  it("answers nothing for empty or symbol-only input, and caps very long input", () => {
    expect(toFtsQuery("")).toBeNull();
    expect(toFtsQuery('"" *** ()')).toBeNull();
    expect(toFtsQuery("woord ".repeat(1000))!.split(" ")).toHaveLength(8);
  });
});

describe("the title query", () => {
  it("asks for every word in the title", () => {
    expect(toTitleQuery("europese commissie")).toBe('title : "europese" AND title : "commissie"*');
    expect(toTitleQuery("  ")).toBeNull();
  });
});
