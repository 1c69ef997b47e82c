// Tiptap JSON -> HTML on the server, without a browser or DOM.
import type { JSONContent } from "@tiptap/core";
import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { parseDocument } from "./document";
import { contentExtensions } from "./extensions";
import { sanitizeRichText } from "./sanitize";
import { youtubeId } from "./safe-url";

const escapeAttr = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// A video is a link until the reader asks for it, so a page never calls YouTube on its own.
function renderYoutube({ node }: { node: { attrs: Record<string, unknown> } }): string {
  const id = youtubeId(node.attrs.src);
  if (!id) return "";
  const href = `https://www.youtube-nocookie.com/embed/${escapeAttr(id)}`;
  return `<figure class="video"><a class="video-link" href="${href}">Video bekijken op YouTube</a></figure>`;
}

/** Renders a stored body; input that fails validation renders as nothing rather than as something unsafe. */
export function renderRichText(body: unknown): string {
  const parsed = parseDocument(body);
  if (!parsed.ok) return "";
  return renderDocument(parsed.doc);
}

function renderDocument(doc: JSONContent): string {
  const html = renderToHTMLString({
    content: doc,
    extensions: contentExtensions,
    // A placeholder for an image from another site is never shown to readers (publishing refuses it anyway).
    options: { nodeMapping: { youtube: renderYoutube, foreignImage: () => "" } },
  });
  return sanitizeRichText(html);
}
