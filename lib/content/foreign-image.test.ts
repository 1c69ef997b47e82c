import { generateJSON } from "@tiptap/html/server";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./document";
import { contentExtensions } from "./extensions";
import { foreignImageLabels, foreignImagesMessage } from "./foreign-image";
import { renderRichText } from "./render";

const LIBRARY = "/media/0123456789abcdef01234567/1280.webp";
const parse = (html: string) => generateJSON(html, contentExtensions);
const types = (doc: { content?: { type?: string }[] }) => (doc.content ?? []).map((n) => n.type);

describe("an image pasted from another site", () => {
  it("becomes a placeholder that keeps the address and alt text", () => {
    const doc = parse('<p>Tekst</p><img src="https://elders.example/logo.png" alt="Logo van elders">');
    expect(types(doc)).toEqual(["paragraph", "foreignImage"]);
    expect(doc.content[1].attrs).toEqual({ src: "https://elders.example/logo.png", alt: "Logo van elders" });
  });

  it("keeps no inline data of a data: URL, only the fact that it was one", () => {
    const doc = parse('<img src="data:image/png;base64,iVBORw0KGgo=" alt="">');
    expect(doc.content[0]).toMatchObject({ type: "foreignImage", attrs: { src: "" } });
    expect(foreignImageLabels(doc)).toEqual(["ingeplakte afbeeldingsgegevens"]);
  });

  it("leaves images of our own media library alone", () => {
    const doc = parse(`<figure><img src="${LIBRARY}" alt="Eigen beeld"><figcaption>Onderschrift</figcaption></figure>`);
    expect(doc.content[0]).toMatchObject({ type: "image", attrs: { src: LIBRARY, alt: "Eigen beeld", caption: "Onderschrift" } });
  });

  it("can be saved: the validator accepts the placeholder", () => {
    const result = parseDocument(parse('<p>Tekst</p><img src="https://elders.example/a.jpg" alt="A">'));
    expect(result.ok).toBe(true);
  });

  it("cannot carry a script address or megabytes of data through a crafted save", () => {
    const crafted = (src: string) => ({ type: "doc", content: [{ type: "foreignImage", attrs: { src, alt: "" } }] });
    expect(parseDocument(crafted("javascript:alert(1)"))).toEqual({ ok: false, error: "Een afbeelding van een andere site heeft een ongeldig adres." });
    expect(parseDocument(crafted("data:image/png;base64,AAAA")).ok).toBe(false);
  });

  it("is never shown to readers", () => {
    const html = renderRichText(parse('<p>Tekst</p><img src="https://elders.example/a.jpg" alt="A">'));
    expect(html).toContain("Tekst");
    expect(html).not.toContain("elders.example");
    expect(html).not.toContain("<img");
  });

  it("is named in the message that refuses publishing", () => {
    const doc = parse('<img src="https://elders.example/a.jpg" alt="Grafiek"><img src="https://elders.example/b.jpg">');
    const message = foreignImagesMessage(foreignImageLabels(doc));
    expect(message).toBe(
      "Publiceren kan nog niet: de tekst bevat 2 afbeeldingen van een andere site: “Grafiek” (https://elders.example/a.jpg) en https://elders.example/b.jpg. Upload het bestand zelf via Afbeelding invoegen, of haal de afbeelding weg.",
    );
  });
});
