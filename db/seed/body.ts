// Builds Tiptap documents for demo content from a light markup: "## " starts an h2, "- " a list item,
// **bold**, *italic* and [text](url) inline.
import type { JSONContent } from "@tiptap/core";

function inline(source: string): JSONContent[] {
  const out: JSONContent[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)/g;
  let last = 0;
  for (const m of source.matchAll(pattern)) {
    if (m.index > last) out.push({ type: "text", text: source.slice(last, m.index) });
    if (m[1]) out.push({ type: "text", text: m[1], marks: [{ type: "bold" }] });
    else if (m[2]) out.push({ type: "text", text: m[2], marks: [{ type: "italic" }] });
    else out.push({ type: "text", text: m[3], marks: [{ type: "link", attrs: { href: m[4] } }] });
    last = m.index + m[0].length;
  }
  if (last < source.length) out.push({ type: "text", text: source.slice(last) });
  return out;
}

export function body(...blocks: string[]): JSONContent {
  const content: JSONContent[] = [];
  for (const block of blocks) {
    if (block.startsWith("## ")) {
      content.push({ type: "heading", attrs: { level: 2 }, content: inline(block.slice(3)) });
    } else if (block.startsWith("- ")) {
      const items = block.split("\n").map((line) => line.replace(/^- /, ""));
      content.push({
        type: "bulletList",
        content: items.map((item) => ({ type: "listItem", content: [{ type: "paragraph", content: inline(item) }] })),
      });
    } else {
      content.push({ type: "paragraph", content: inline(block) });
    }
  }
  return { type: "doc", content };
}
