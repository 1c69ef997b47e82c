// Reads a WordPress export (WXR 1.0 to 1.2: RSS 2.0 with the wp:, content:, excerpt: and dc: namespaces) into the
// neutral ImportArchive. Attachments are not items: they give featured images their file and alt text.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { fromAmsterdamInput } from "@/lib/dates";
import { ImportFileError, type ImageInfo, type ImportArchive, type ImportAuthor, type ImportItem, type ImportStatus, type ImportTerm } from "./types";

export const WORDPRESS_UPLOADS_MARKER = "/wp-content/uploads/";

type Node = Record<string, unknown>;

/** Text of an element, whether fast-xml-parser gave a string, a number or an object with attributes. */
function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object" && "#text" in value) return text((value as Node)["#text"]);
  return "";
}

const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]).filter((v): v is Node => typeof v === "object" && v !== null);

const STATUS: Record<string, { status: ImportStatus | null; note: string | null }> = {
  publish: { status: "published", note: null },
  future: { status: "scheduled", note: null },
  draft: { status: "draft", note: null },
  pending: { status: "in_review", note: null },
  private: { status: "draft", note: "private in WordPress; imported as a draft so readers do not see it" },
  trash: { status: null, note: "in the WordPress trash; not imported" },
  "auto-draft": { status: null, note: "an empty automatic draft; not imported" },
};

/** WordPress dates: `post_date_gmt` is UTC; without it (drafts) `post_date` is local time, read as Amsterdam. */
function wordpressDate(item: Node): Date | null {
  const gmt = text(item["wp:post_date_gmt"]).trim();
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(gmt) && !gmt.startsWith("0000")) {
    const date = new Date(`${gmt.replace(" ", "T")}Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  const local = text(item["wp:post_date"]).trim();
  if (local && !local.startsWith("0000")) return fromAmsterdamInput(local.replace(" ", "T"));
  return null;
}

function meta(item: Node): Map<string, string> {
  return new Map(list(item["wp:postmeta"]).map((m) => [text(m["wp:meta_key"]), text(m["wp:meta_value"])]));
}

/** Path under the uploads folder of an address that contains the uploads marker. */
export function pathAfterMarker(src: string, marker: string): string | null {
  let pathname: string;
  try {
    pathname = new URL(src, "http://import.invalid").pathname;
  } catch {
    return null;
  }
  const at = pathname.indexOf(marker);
  if (at < 0) return null;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(at + marker.length));
  } catch {
    return null;
  }
  return rest && !rest.split("/").includes("..") ? rest : null;
}

// Block-level tags around which WordPress's own "autop" does not add paragraphs.
const BLOCK = "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|script|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|object|embed|video|audio|noscript";
const BLOCK_OPEN = new RegExp(`(<(?:${BLOCK})(?=[\\s/>])[^>]*>)`, "gi");
const BLOCK_CLOSE = new RegExp(`(</(?:${BLOCK})>)`, "gi");
const STARTS_WITH_BLOCK = new RegExp(`^</?(?:${BLOCK})(?=[\\s/>])`, "i");

/**
 * WordPress stores post text without paragraphs (blank lines separate them) and adds them when showing it; so does
 * this, simplified. Script, style and pre keep their text as it is; comments (Gutenberg's block markers) go.
 */
export function autop(content: string): string {
  const kept: string[] = [];
  let textWithPlaceholders = content
    .replace(/\r\n?/g, "\n")
    .replace(/<(script|style|pre)\b[\s\S]*?<\/\1>/gi, (block) => `\u0000${kept.push(block) - 1}\u0000`)
    .replace(/<!--[\s\S]*?-->/g, "");
  textWithPlaceholders = textWithPlaceholders.replace(BLOCK_OPEN, "\n\n$1").replace(BLOCK_CLOSE, "$1\n\n");
  const html = textWithPlaceholders
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    // A [caption] becomes a figure later (lib/import/html-to-doc.ts), which cannot sit inside a paragraph.
    .map((chunk) => (STARTS_WITH_BLOCK.test(chunk) || /^\u0000\d+\u0000$/.test(chunk) || /^\[caption[\s\]][\s\S]*\[\/caption\]$/i.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, "<br>\n")}</p>`))
    .join("\n");
  return html.replace(/\u0000(\d+)\u0000/g, (_, i: string) => kept[Number(i)] ?? "");
}

export function parseWordPress(xml: string): ImportArchive {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ImportFileError(`This file is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}); it may be truncated. Nothing was imported.`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    // Titles outside CDATA carry entities such as &#8217; (WordPress's curly quotes).
    htmlEntities: true,
    isArray: (name) => ["item", "category", "wp:postmeta", "wp:author", "wp:category", "wp:tag"].includes(name),
  });
  const root = parser.parse(xml) as Node;
  const channel = (root.rss as Node | undefined)?.channel as Node | undefined;
  if (!channel || typeof channel !== "object" || channel["wp:wxr_version"] === undefined) {
    throw new ImportFileError("This file is XML but not a WordPress export (WXR): it has no <rss><channel> with <wp:wxr_version>. Nothing was imported.");
  }
  const site = text(channel["wp:base_site_url"]).trim() || text(channel.link).trim() || "unknown";

  const authors = new Map<string, ImportAuthor>();
  for (const a of list(channel["wp:author"])) {
    const login = text(a["wp:author_login"]).trim();
    if (!login) continue;
    const name = text(a["wp:author_display_name"]).trim() || [text(a["wp:author_first_name"]), text(a["wp:author_last_name"])].join(" ").trim() || login;
    authors.set(login, { externalId: login, name, email: text(a["wp:author_email"]).trim().toLowerCase() || null });
  }
  const authorFor = (login: string): ImportAuthor => authors.get(login) ?? { externalId: login, name: login, email: null };

  const items = list(channel.item);
  const attachments = new Map<string, { path: string | null; url: string; info: ImageInfo }>();
  const imageInfo = new Map<string, ImageInfo>();
  for (const item of items) {
    if (text(item["wp:post_type"]) !== "attachment") continue;
    const url = text(item["wp:attachment_url"]).trim() || text(item.guid).trim();
    const fields = meta(item);
    const path = fields.get("_wp_attached_file")?.trim() || pathAfterMarker(url, WORDPRESS_UPLOADS_MARKER);
    const info = { alt: (fields.get("_wp_attachment_image_alt") ?? "").trim(), caption: text(item["excerpt:encoded"]).trim(), title: text(item.title).trim() };
    attachments.set(text(item["wp:post_id"]).trim(), { path, url, info });
    if (path) imageInfo.set(path, info);
  }

  const result: ImportItem[] = [];
  const ignored = new Map<string, number>();
  for (const item of items) {
    const postType = text(item["wp:post_type"]).trim();
    if (postType !== "post" && postType !== "page") {
      if (postType !== "attachment") ignored.set(postType || "(none)", (ignored.get(postType) ?? 0) + 1);
      continue;
    }
    const sourceStatus = text(item["wp:status"]).trim();
    let { status, note } = STATUS[sourceStatus] ?? { status: "draft" as const, note: `unknown WordPress status "${sourceStatus}"; imported as a draft` };
    if (status === "published" && text(item["wp:post_password"]).trim()) {
      status = "draft";
      note = "password-protected in WordPress; imported as a draft";
    }
    const fields = meta(item);
    const thumbnail = attachments.get(fields.get("_thumbnail_id")?.trim() ?? "");
    const terms: ImportTerm[] = [];
    const postAuthors = [authorFor(text(item["dc:creator"]).trim())];
    for (const c of list(item.category)) {
      const domain = text(c["@_domain"]);
      const name = text(c).trim();
      const slug = text(c["@_nicename"]).trim();
      if (domain === "category" || domain === "post_tag") terms.push({ name, slug, kind: domain === "category" ? "category" : "tag" });
      // Co-Authors Plus keeps extra authors as terms "cap-<login>".
      if (domain === "author") {
        const login = slug.replace(/^cap-/, "");
        if (!postAuthors.some((a) => a.externalId === login)) postAuthors.push(authorFor(login));
      }
    }
    terms.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "category" ? -1 : 1));
    result.push({
      externalId: text(item["wp:post_id"]).trim() || text(item.guid).trim(),
      type: postType,
      title: text(item.title).trim(),
      slug: text(item["wp:post_name"]).trim(),
      oldUrl: text(item.link).trim() || null,
      sourceStatus,
      status,
      statusNote: note,
      // A draft's date is when it was last saved, not a publication date.
      date: sourceStatus === "draft" || sourceStatus === "pending" ? null : wordpressDate(item),
      html: autop(text(item["content:encoded"])),
      excerpt: text(item["excerpt:encoded"]).trim(),
      authors: postAuthors.filter((a) => a.externalId),
      terms: terms.filter((t) => t.name || t.slug),
      featuredImage: thumbnail ? (thumbnail.path ? `${WORDPRESS_UPLOADS_MARKER}${thumbnail.path}` : thumbnail.url) : null,
      featuredImageAlt: thumbnail?.info.alt ?? "",
      featuredImageCaption: thumbnail?.info.caption ?? "",
    });
  }
  const notes = [...ignored].map(([type, n]) => `${n} item${n === 1 ? "" : "s"} of type "${type}" not imported (not a post)`);
  return { format: "wordpress", source: `wordpress:${site}`, items: result, uploadsMarker: WORDPRESS_UPLOADS_MARKER, imageInfo, notes };
}
