// An image pasted from another site (or as inline data) is never shown from its source: readers' browsers would
// contact that site, and we cannot vouch for the file. It becomes a placeholder that says so. A placeholder may be
// saved (autosave never fails on it) but not published: publishing names each one (foreignImageLabels).
import { Node, type JSONContent } from "@tiptap/core";
import { isSafeImageSrc } from "./safe-url";

export const FOREIGN_IMAGE_PROBLEM = "Afbeelding van een andere site: upload het bestand zelf";
const INLINE_DATA = "ingeplakte afbeeldingsgegevens";

/** Kept: the address of another site (to name it), never inline data (which can be megabytes). */
export function foreignSource(src: string | null | undefined): string {
  const value = (src ?? "").trim();
  if (value.length > 2048 || !/^https?:\/\//i.test(value)) return "";
  return URL.canParse(value) ? value : "";
}

/** The stored attribute is an http(s) address or empty (inline data or a relative address of another site). */
export function isForeignImageSrc(value: unknown): boolean {
  return typeof value === "string" && (value === "" || foreignSource(value) === value);
}

/** How the editor and the publish message name one placeholder. */
export function foreignImageLabel(attrs: { src?: unknown; alt?: unknown }): string {
  const alt = String(attrs.alt ?? "").trim();
  const src = String(attrs.src ?? "");
  const where = src || INLINE_DATA;
  return alt ? `“${alt}” (${where})` : where;
}

/** The placeholders in a document, named, in order. */
export function foreignImageLabels(doc: JSONContent | null | undefined): string[] {
  const found: string[] = [];
  const walk = (node: JSONContent) => {
    if (node.type === "foreignImage") found.push(foreignImageLabel(node.attrs ?? {}));
    node.content?.forEach(walk);
  };
  if (doc) walk(doc);
  return found;
}

export function foreignImagesMessage(labels: string[]): string {
  const list = new Intl.ListFormat("nl", { type: "conjunction" }).format(labels);
  const which = labels.length === 1 ? "een afbeelding" : `${labels.length} afbeeldingen`;
  return `Publiceren kan nog niet: de tekst bevat ${which} van een andere site: ${list}. Upload het bestand zelf via Afbeelding invoegen, of haal de afbeelding weg.`;
}

const sourceOf = (el: HTMLElement) => (el.tagName === "IMG" ? el.getAttribute("src") : el.getAttribute("data-foreign-image"));

export const ForeignImage = Node.create({
  name: "foreignImage",
  group: "block",
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      src: { default: "", parseHTML: (el) => foreignSource(sourceOf(el)), renderHTML: () => ({}) },
      alt: { default: "", parseHTML: (el) => (el.getAttribute("alt") ?? el.getAttribute("data-alt") ?? "").trim().slice(0, 300), renderHTML: () => ({}) },
    };
  },
  parseHTML() {
    return [
      // Our own placeholder, copied and pasted inside the editor.
      { tag: "div[data-foreign-image]", priority: 60 },
      { tag: "img[src]", getAttrs: (el) => (isSafeImageSrc(el.getAttribute("src")) ? false : null) },
    ];
  },
  renderHTML({ node }) {
    return [
      "div",
      { class: "foreign-image", "data-foreign-image": node.attrs.src, "data-alt": node.attrs.alt, role: "note", contenteditable: "false" },
      ["strong", {}, FOREIGN_IMAGE_PROBLEM],
      ["span", {}, foreignImageLabel(node.attrs)],
    ];
  },
});
