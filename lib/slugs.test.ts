import { describe, expect, it } from "vitest";
import { followsTitle, freeSlug, isValidSlug, slugify } from "./slugs";

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

describe("a free slug", () => {
  const takenOf = (...slugs: string[]) => (slug: string) => slugs.includes(slug);
  it("is the wanted slug when nobody uses it", () => {
    expect(freeSlug("europees-netwerk", takenOf())).toBe("europees-netwerk");
  });
  it("gets the first free number from 2 when the wanted slug is taken", () => {
    expect(freeSlug("europees-netwerk", takenOf("europees-netwerk"))).toBe("europees-netwerk-2");
    expect(freeSlug("europees-netwerk", takenOf("europees-netwerk", "europees-netwerk-2", "europees-netwerk-3"))).toBe("europees-netwerk-4");
  });
  it("stays within the maximum length and never ends the base in a hyphen", () => {
    const long = slugify("woord ".repeat(40));
    const slug = freeSlug(long, takenOf(long));
    expect(slug.length).toBeLessThanOrEqual(96);
    expect(slug).toMatch(/[a-z0-9]-2$/);
    expect(isValidSlug(slug)).toBe(true);
  });
  it("is recognised as following its title, with or without a suffix, but a slug of one's own is not", () => {
    expect(followsTitle("europees-netwerk", "Europees netwerk")).toBe(true);
    expect(followsTitle("europees-netwerk-3", "Europees netwerk")).toBe(true);
    expect(followsTitle("", "Europees netwerk")).toBe(true);
    expect(followsTitle("mijn-eigen-adres", "Europees netwerk")).toBe(false);
    expect(followsTitle("europees-3", "Europees netwerk")).toBe(false);
  });
});
