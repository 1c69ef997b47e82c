import { describe, expect, it } from "vitest";
import { checklistMessage, missingForPublish } from "./publish-checklist";

const complete = {
  title: "Titel",
  sectionId: 1,
  kind: "news",
  lead: "Intro",
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Tekst" }] }] },
  contactPersonId: 3,
};

describe("the publish checklist", () => {
  it("passes a complete post", () => {
    expect(missingForPublish(complete)).toEqual([]);
  });

  it("names every missing field, in form order", () => {
    expect(missingForPublish({ title: " ", sectionId: null, kind: null, lead: "", body: null, contactPersonId: null })).toEqual([
      "titel", "rubriek", "soort", "intro", "tekst", "contactpersoon",
    ]);
  });

  it("treats an empty document as missing text, but an image alone as text", () => {
    expect(missingForPublish({ ...complete, body: { type: "doc", content: [{ type: "paragraph" }] } })).toEqual(["tekst"]);
    const image = { type: "doc", content: [{ type: "image", attrs: { src: "/media/0123456789abcdef01234567/640.webp", alt: "Foto" } }] };
    expect(missingForPublish({ ...complete, body: image })).toEqual([]);
  });

  it("says in Dutch what is missing", () => {
    expect(checklistMessage(["intro", "contactpersoon"])).toBe("Publiceren kan nog niet. Vul eerst in: intro en contactpersoon.");
  });
});
