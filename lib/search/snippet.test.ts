import { describe, expect, it } from "vitest";
import { makeSnippet } from "./snippet";

describe("search snippets", () => {
  it("mark the matching words, folding accents and case both ways", () => {
    expect(makeSnippet(["De coöperatie tussen instellingen groeit."], "cooperatie")).toBe("De <mark>coöperatie</mark> tussen instellingen groeit.");
    expect(makeSnippet(["Over Cooperatie en beleid."], "COÖPERATIE Beleid")).toBe("Over <mark>Cooperatie</mark> en <mark>beleid</mark>.");
  });
  it("match the last word as a prefix, the others whole", () => {
    expect(makeSnippet(["beleidsmedewerkers en beleid"], "beleid")).toBe("<mark>beleidsmedewerkers</mark> en <mark>beleid</mark>");
    expect(makeSnippet(["beleidsmedewerkers en beleid"], "beleid en")).toBe("beleidsmedewerkers <mark>en</mark> <mark>beleid</mark>");
  });
  it("escape the text around the marks", () => {
    expect(makeSnippet(["<b>Let op</b> & beleid"], "beleid")).toBe("&#60;b&#62;Let op&#60;/b&#62; &#38; <mark>beleid</mark>");
  });
  it("cut a long text around the first match, at word boundaries", () => {
    const text = `${"woord ".repeat(100)}europa ${"tekst ".repeat(100)}`;
    const snippet = makeSnippet([text], "europa", 100);
    expect(snippet.startsWith("…woord")).toBe(true);
    expect(snippet).toContain("<mark>europa</mark>");
    expect(snippet.endsWith("…")).toBe(true);
  });
  it("use the next text when the first has no match, and the start of the first when none has", () => {
    expect(makeSnippet(["geen treffer", "wel beleid hier"], "beleid")).toBe("wel <mark>beleid</mark> hier");
    expect(makeSnippet(["Een intro."], "xyz")).toBe("Een intro.");
  });
});
