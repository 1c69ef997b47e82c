import { describe, expect, it } from "vitest";
import { diffWords, hasChanges, splitWords } from "./text-diff";

const join = (parts: ReturnType<typeof diffWords>, keep: "same" | "inserted" | "deleted") =>
  parts.filter((p) => p.kind === "same" || p.kind === keep).map((p) => p.text).join("");

describe("the word diff", () => {
  it("splits text into words that keep their whitespace", () => {
    expect(splitWords("  Een  twee\ndrie")).toEqual(["  ", "Een  ", "twee\n", "drie"]);
    expect(splitWords("")).toEqual([]);
  });

  it("finds nothing changed in equal texts", () => {
    const parts = diffWords("Het netwerk start in juni.", "Het netwerk start in juni.");
    expect(parts).toEqual([{ kind: "same", text: "Het netwerk start in juni." }]);
    expect(hasChanges(parts)).toBe(false);
  });

  it("marks an inserted word and a deleted word, and leaves the rest alone", () => {
    expect(diffWords("Het netwerk start in juni.", "Het Europese netwerk start in juli.")).toEqual([
      { kind: "same", text: "Het " },
      { kind: "inserted", text: "Europese " },
      { kind: "same", text: "netwerk start in " },
      { kind: "deleted", text: "juni." },
      { kind: "inserted", text: "juli." },
    ]);
  });

  it("puts a replaced run's deletion before its insertion", () => {
    expect(diffWords("a b c", "a x y c")).toEqual([
      { kind: "same", text: "a " },
      { kind: "deleted", text: "b " },
      { kind: "inserted", text: "x y " },
      { kind: "same", text: "c" },
    ]);
  });

  it("rebuilds both texts exactly from its parts", () => {
    const before = "De Raad stemde in met het voorstel, na lang overleg over de kosten.";
    const after = "Na kort overleg stemde de Raad in met het gewijzigde voorstel over de kosten en baten.";
    const parts = diffWords(before, after);
    expect(join(parts, "deleted")).toBe(before);
    expect(join(parts, "inserted")).toBe(after);
  });

  it("handles empty texts on either side", () => {
    expect(diffWords("", "Nieuw")).toEqual([{ kind: "inserted", text: "Nieuw" }]);
    expect(diffWords("Oud", "")).toEqual([{ kind: "deleted", text: "Oud" }]);
    expect(diffWords("", "")).toEqual([]);
  });

  it("stays fast on long texts with a small change", () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `woord${i}`).join(" ");
    const parts = diffWords(long, long.replace("woord10000 ", "nieuw woord10000 "));
    expect(parts.filter((p) => p.kind !== "same")).toEqual([{ kind: "inserted", text: "nieuw " }]);
  });
});
