// An image from the media library with required alt text and an optional caption, shown as <figure>.
import Image from "@tiptap/extension-image";

export const Figure = Image.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      // Rendered as <figcaption>, not as an attribute.
      caption: { default: "", renderHTML: () => ({}), parseHTML: (el) => el.closest("figure")?.querySelector("figcaption")?.textContent ?? "" },
    };
  },
  parseHTML() {
    // Only our own library's images; any other <img> becomes a foreignImage placeholder (foreign-image.ts).
    return [{ tag: 'figure img[src^="/media/"]' }, { tag: 'img[src^="/media/"]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const caption = String(node.attrs.caption ?? "").trim();
    return caption ? ["figure", {}, ["img", HTMLAttributes], ["figcaption", {}, caption]] : ["figure", {}, ["img", HTMLAttributes]];
  },
});
