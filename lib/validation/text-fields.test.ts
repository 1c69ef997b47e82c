import { describe, expect, it } from "vitest";
import { multiLine, singleLine } from "./text-fields";

const name = singleLine("Uw naam", { max: 120, required: "Vul uw naam in." });
const organisation = singleLine("De organisatie", { max: 200 });
const message = multiLine("Uw vraag", { max: 5000, required: "Schrijf uw vraag." });
const error = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("single-line text fields", () => {
  it("keep an ordinary name, trimmed and composed", () => {
    expect(name.parse("  Zoë de Vries ")).toBe("Zoë de Vries");
    expect(name.parse("Zoe\u0308")).toBe("Zoë");
  });
  it("refuse line breaks, so a name cannot forge lines in a mail", () => {
    expect(error(name.safeParse("Eva\r\nBcc: iedereen@example.org"))).toMatch(/één regel/);
    expect(error(name.safeParse("Eva\u2028Jansen"))).toMatch(/één regel/);
    expect(error(organisation.safeParse("Bedrijf\u0000"))).toMatch(/één regel/);
  });
  it("refuse a name made only of invisible characters, as if it were empty", () => {
    expect(error(name.safeParse("\u200b\u200b\u200b"))).toBe("Vul uw naam in.");
    expect(error(name.safeParse("\u3164\ufeff\u2060"))).toBe("Vul uw naam in.");
    expect(error(name.safeParse(""))).toBe("Vul uw naam in.");
    expect(error(organisation.safeParse("\u200b"))).toMatch(/onzichtbare/);
  });
  it("refuse text that turns the reading direction around", () => {
    expect(error(name.safeParse("Eva \u202egnaL"))).toMatch(/leesrichting/);
  });
  it("allow an optional field to stay empty and keep joiners inside real text", () => {
    expect(organisation.parse("")).toBe("");
    expect(name.parse("Aïsha 👩\u200d🔬")).toBe("Aïsha 👩\u200d🔬");
  });
  it("say in Dutch when the text is too long", () => {
    expect(error(name.safeParse("a".repeat(121)))).toBe("Uw naam mag hoogstens 120 tekens lang zijn.");
  });
});

describe("multi-line text fields", () => {
  it("keep line breaks and tabs", () => {
    expect(message.parse("Regel 1\r\nRegel 2\tmet tab")).toBe("Regel 1\r\nRegel 2\tmet tab");
  });
  it("refuse other control characters and invisible-only text", () => {
    expect(error(message.safeParse("Hallo\u0007"))).toMatch(/besturingstekens/);
    expect(error(message.safeParse("\u200b \n"))).toBe("Schrijf uw vraag.");
  });
});
