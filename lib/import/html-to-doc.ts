// Turns an imported post's HTML into a Tiptap document with the editor's own extensions and validator
// (lib/content). What the editor cannot show is never dropped silently: active or unknown markup becomes visible
// text, lost formatting and links are named, and each finding goes into the import report.
import type { JSONContent } from "@tiptap/core";
import { generateJSON } from "@tiptap/html/server";
import { Window } from "happy-dom";
import { documentText, parseDocument } from "@/lib/content/document";
import { contentExtensions } from "@/lib/content/extensions";
import { cleanPastedDocument } from "@/lib/content/paste";
import { isSafeHref, youtubeId } from "@/lib/content/safe-url";
import type { ReportTopic } from "./report";

export type Finding = { level: "look" | "info"; topic: ReportTopic; message: string };

/** Our address and alt text for an image address in the source, or a reason it could not be imported. */
export type ResolvedImage = { ok: true; src: string; alt: string } | { ok: false; reason: string };
export type ImageResolver = (src: string, info: { alt: string; caption: string }) => Promise<ResolvedImage>;

// What the schema understands (with attributes it may drop, such as class or style, which carry no content).
const UNDERSTOOD = new Set(
  "p br h1 h2 h3 h4 h5 h6 strong b em i a ul ol li blockquote hr table thead tbody tfoot tr td th colgroup col img figure figcaption div span section article header footer main aside nav picture source".split(" "),
);
// Formatting the editor does not offer: the text stays, the formatting goes, and the report names it.
const FORMATTING = new Set("font u s strike del ins sup sub small big mark abbr cite q code kbd tt var samp dfn center dl dt dd address time label caption bdi bdo wbr".split(" "));
// The rest (script, style, iframe, object, form, svg, custom elements, ...) is kept as its own source text.

const WINDOW_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
};

const SHORTCODE = /\[\/?([a-z][a-z0-9_-]*)(?:\s[^\]\n]*)?\]/gi;
const excerptOf = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text).replace(/\s+/g, " ");

/** WordPress's [caption] shortcode around one image becomes a figure with a caption, which the editor has. */
export function convertCaptionShortcodes(html: string): { html: string; count: number } {
  let count = 0;
  const out = html.replace(/\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/gi, (whole, attrs: string, inner: string) => {
    const image = inner.match(/(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?/i);
    if (!image) return whole;
    const captionAttr = attrs.match(/caption="([^"]*)"/i)?.[1] ?? "";
    const caption = (inner.replace(image[0], "").trim() || captionAttr).trim();
    const img = image[0].match(/<img\b[^>]*>/i)![0];
    count += 1;
    return `<figure>${img}<figcaption>${caption}</figcaption></figure>`;
  });
  return { html: out, count };
}

type Element = ReturnType<InstanceType<typeof Window>["document"]["body"]["querySelectorAll"]>[number];

/** Replaces an element by its own markup as text, so a person sees what was there and decides. */
function keepAsText(element: Element): void {
  const doc = element.ownerDocument;
  const text = doc.createTextNode(element.outerHTML);
  const blockContext = !element.parentElement || /^(BODY|DIV|SECTION|ARTICLE|BLOCKQUOTE|LI|TD|TH|FIGURE|MAIN|HEADER|FOOTER|ASIDE)$/.test(element.parentElement.tagName);
  if (blockContext) {
    const p = doc.createElement("p");
    p.append(text);
    element.replaceWith(p);
  } else {
    element.replaceWith(text);
  }
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

/** Whether a table sits inside another table. */
function hasNestedTable(node: JSONContent, tablesAround = 0): boolean {
  if (node.type === "table" && tablesAround > 0) return true;
  const inner = node.type === "table" ? tablesAround + 1 : tablesAround;
  return (node.content ?? []).some((child) => hasNestedTable(child, inner));
}

/** Removes the paragraph ProseMirror makes of a figcaption right after its image (the caption is an attribute). */
function dropCaptionEchoes(node: JSONContent): void {
  const content = node.content;
  if (!content) return;
  for (let i = content.length - 2; i >= 0; i--) {
    const image = content[i]!;
    const next = content[i + 1]!;
    const caption = String(image.attrs?.caption ?? "").trim();
    if (image.type === "image" && caption && next.type === "paragraph" && documentText(next) === caption.replace(/\s+/g, " ")) content.splice(i + 1, 1);
  }
  content.forEach(dropCaptionEchoes);
}

export async function htmlToDoc(html: string, { resolveImage }: { resolveImage: ImageResolver }): Promise<{ doc: JSONContent; findings: Finding[] }> {
  const findings: Finding[] = [];
  const find = (level: Finding["level"], topic: ReportTopic, message: string) => {
    if (!findings.some((f) => f.topic === topic && f.message === message)) findings.push({ level, topic, message });
  };

  const captions = convertCaptionShortcodes(html);
  if (captions.count) find("info", "shortcode", `[caption] shortcode turned into an image with caption (${captions.count}×)`);

  // Shortcodes are plain text to the DOM: found in the text outside scripts and tags, before placeholders are added.
  const visibleText = captions.html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "").replace(/<[^>]*>/g, " ");
  const shortcodes = new Set<string>();
  for (const match of visibleText.matchAll(SHORTCODE)) if (!match[0].startsWith("[/")) shortcodes.add(excerptOf(match[0], 80));
  for (const code of shortcodes) find("look", "shortcode", `shortcode kept as text: ${code}`);

  const window = new Window({ settings: WINDOW_SETTINGS });
  let prepared: string;
  let plainText: string;
  try {
    const doc = window.document;
    const body = doc.body;
    body.innerHTML = captions.html;
    plainText = body.textContent ?? "";

    // Outermost first: an unknown element becomes text with everything inside it, which is then no longer visited.
    const elements = Array.from(body.querySelectorAll("*"));
    for (const element of elements) {
      if (!element.isConnected) continue;
      const tag = element.tagName.toLowerCase();
      if (tag === "iframe") {
        const id = youtubeId(element.getAttribute("src") ?? "");
        if (id) {
          // The editor's YouTube node reads this wrapper.
          const wrapper = doc.createElement("div");
          wrapper.setAttribute("data-youtube-video", "");
          const frame = doc.createElement("iframe");
          frame.setAttribute("src", `https://www.youtube.com/embed/${id}`);
          wrapper.append(frame);
          element.replaceWith(wrapper);
          continue;
        }
        find("look", "unknown-markup", `<iframe> kept as text: ${excerptOf(element.outerHTML)}`);
        keepAsText(element);
        continue;
      }
      if (tag === "pre") {
        // Code blocks are not in the editor: the lines stay, as a paragraph with line breaks.
        const p = doc.createElement("p");
        (element.textContent ?? "").split("\n").forEach((line, i) => {
          if (i) p.append(doc.createElement("br"));
          p.append(doc.createTextNode(line));
        });
        element.replaceWith(p);
        find("look", "formatting", "<pre> (preformatted text) became an ordinary paragraph");
        continue;
      }
      if (FORMATTING.has(tag)) {
        find("info", "formatting", `<${tag}> formatting not kept (its text is)`);
        unwrap(element);
        continue;
      }
      if (!UNDERSTOOD.has(tag)) {
        find("look", "unknown-markup", `<${tag}> kept as text: ${excerptOf(element.outerHTML)}`);
        keepAsText(element);
        continue;
      }
      if (tag === "a" && element.hasAttribute("href") && !isSafeHref(element.getAttribute("href"))) {
        find("look", "unsafe-link", `link to ${excerptOf(element.getAttribute("href") ?? "", 80)} removed (only http, https and mailto); its text is kept`);
        unwrap(element);
        continue;
      }
    }

    for (const img of Array.from(body.querySelectorAll("img"))) {
      const src = img.getAttribute("src") ?? "";
      const alt = (img.getAttribute("alt") ?? "").trim();
      const caption = img.closest("figure")?.querySelector("figcaption")?.textContent?.trim() ?? "";
      const resolved = await resolveImage(src, { alt, caption });
      if (resolved.ok) {
        img.setAttribute("src", resolved.src);
        img.setAttribute("alt", resolved.alt);
        for (const name of ["srcset", "sizes", "width", "height", "class", "style", "title"]) img.removeAttribute(name);
      } else {
        find("look", "missing-image", `${resolved.reason}; kept as text: ${excerptOf(src, 160)}`);
        const link = img.closest("a");
        const placeholder = doc.createTextNode(`[Afbeelding niet geïmporteerd: ${alt || src}]`);
        (link && link.querySelectorAll("img").length === 1 && !link.textContent?.trim() ? link : img).replaceWith(placeholder);
      }
    }
    cleanPastedDocument(doc as unknown as Document);

    prepared = body.innerHTML;
  } finally {
    await window.happyDOM.abort();
    window.happyDOM.close();
  }

  const json = generateJSON(prepared, contentExtensions) as JSONContent;
  dropCaptionEchoes(json);
  // Empty paragraphs are spacing from the old site's markup, not text.
  json.content = (json.content ?? []).filter((node) => node.type !== "paragraph" || (node.content?.length ?? 0) > 0);
  if (json.content.length === 0) json.content = [{ type: "paragraph" }];
  if (hasNestedTable(json)) find("look", "nested-table", "a table inside a table was kept; check how it reads");

  const checked = parseDocument(json);
  if (checked.ok) return { doc: checked.doc, findings };
  // Never lose the text: fall back to its paragraphs as plain text.
  find("look", "invalid-text", `the text could not be converted (${checked.error}); imported as plain paragraphs`);
  const paragraphs = plainText
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .map((text) => ({ type: "paragraph", content: [{ type: "text", text }] }));
  const fallback = parseDocument({ type: "doc", content: paragraphs.length ? paragraphs : [{ type: "paragraph" }] });
  if (!fallback.ok) throw new Error(`Text could not be imported even as plain text: ${fallback.error}`);
  return { doc: fallback.doc, findings };
}
