import { describe, expect, it } from "vitest";
import { isValidSlug, slugify } from "./slugs";

describe("slugs", () => {
  it("are made from a title in lower case with hyphens", () => {
    expect(slugify("Nieuw EU-netwerk verbindt onderwijs en industrie")).toBe("nieuw-eu-netwerk-verbindt-onderwijs-en-industrie");
  });
  it("fold accents and drop quotes and punctuation", () => {
    expect(slugify("‘Coöperatie’ in Gdańsk: één café!")).toBe("cooperatie-in-gdansk-een-cafe");
  });
  it("never start or end with a hyphen, and collapse runs", () => {
    expect(slugify("  --Hallo -- wereld--  ")).toBe("hallo-wereld");
  });
  it("are cut to a maximum length without a trailing hyphen", () => {
    const slug = slugify("woord ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(96);
    expect(slug.endsWith("-")).toBe(false);
  });
  it("are empty for a title without letters or digits", () => {
    expect(slugify("?!")).toBe("");
  });
  it("are validated", () => {
    expect(isValidSlug("goed-zo-123")).toBe(true);
    for (const bad of ["", "Hoofdletter", "dubbel--streepje", "-begin", "eind-", "spatie hier", "../etc", "a".repeat(97)]) expect(isValidSlug(bad)).toBe(false);
  });
});
