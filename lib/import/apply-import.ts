import "server-only";
// Brings a parsed archive into the newsroom: converts each post's text and prepares its images (import-images.ts),
// then writes everything in one transaction (write-archive.ts). A dry run does the same work and rolls it back, so
// what it reports is exactly what a real run would do.
import { findSectionForImport } from "@/db/queries/imports";
import { inWriteTransaction } from "@/db/queries/transaction";
import type { Language, PostKind } from "@/db/schema";
import { documentText } from "@/lib/content/document";
import { mediaUrl } from "@/lib/media-urls";
import { htmlToDoc, type ResolvedImage } from "./html-to-doc";
import { ImportImages, type PreparedImage } from "./import-images";
import { ReportLines, type ImportReport } from "./report";
import { ImportFileError, type ImportArchive } from "./types";
import { DryRunRollback, writeArchive, type PreparedItem } from "./write-archive";

const TITLE_MAX = 200;
const LEAD_MAX = 1000;

export type ImportOptions = {
  /** The source's uploads folder (wp-content/uploads, Ghost's content/images). */
  uploadsDir: string | null;
  /** Source category or tag (name or slug, any case) -> our section slug. */
  sectionMap: Map<string, string>;
  /** Section slug for posts whose categories map to none. */
  defaultSection: string | null;
  kind: PostKind;
  language: Language;
  dryRun: boolean;
  now?: Date;
};

/** `--section-map "Onderzoek=onderzoek,Research=onderzoek"` */
export function parseSectionMap(value: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of (value ?? "").split(",")) {
    if (!pair.trim()) continue;
    const at = pair.lastIndexOf("=");
    if (at <= 0 || !pair.slice(at + 1).trim()) throw new ImportFileError(`--section-map: "${pair.trim()}" is not of the form Category=section-slug.`);
    map.set(pair.slice(0, at).trim().toLowerCase(), pair.slice(at + 1).trim());
  }
  return map;
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1).trimEnd() + "…" : text);
/** An excerpt's text: tags out, the common entities decoded (&amp; last, so "&amp;lt;" stays "&lt;"). */
const plain = (html: string) =>
  html
    .replace(/<(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

export async function applyImport(archive: ImportArchive, options: ImportOptions): Promise<ImportReport> {
  const now = options.now ?? new Date();
  const lines = new ReportLines();
  for (const target of new Set([...options.sectionMap.values(), ...(options.defaultSection ? [options.defaultSection] : [])])) {
    if (!findSectionForImport({ key: target })) throw new ImportFileError(`There is no section "${target}" (named in --section-map or --default-section). Nothing was imported.`);
  }
  for (const note of archive.notes) lines.info("skipped", null, note);

  const images = new ImportImages(archive, options, lines);
  try {
    const prepared: PreparedItem[] = [];
    let skipped = 0;
    for (const item of archive.items) {
      const label = `${item.type} "${clip(item.title || item.slug || item.externalId, 80)}"`;
      if (item.type === "page") {
        lines.look("skipped", label, `not imported: this newsroom has no free-standing pages (only posts in sections); move its text by hand if it is still needed${item.oldUrl ? ` (was ${item.oldUrl})` : ""}`);
        skipped += 1;
        continue;
      }
      if (!item.status) {
        lines.info("skipped", label, item.statusNote ?? `status "${item.sourceStatus}" not imported`);
        skipped += 1;
        continue;
      }
      if (item.statusNote) lines.look("status", label, item.statusNote);
      const converted = await htmlToDoc(item.html, {
        resolveImage: async (src, hint): Promise<ResolvedImage> => {
          const image = await images.prepare(src, hint, label);
          return image.ok ? { ok: true, src: mediaUrl(image.storageKey), alt: hint.alt || image.alt } : { ok: false, reason: image.reason };
        },
      });
      for (const f of converted.findings) lines.add(f.level, f.topic, label, f.message);
      let doc = converted.doc;
      let lead = clip(plain(item.excerpt), Number.MAX_SAFE_INTEGER);
      // Without an excerpt the first paragraph is the lead, as on the reference article; it moves out of the text.
      const first = doc.content?.[0];
      if (!lead && first?.type === "paragraph" && (doc.content?.length ?? 0) > 1 && documentText(first)) {
        lead = documentText(first);
        doc = { ...doc, content: doc.content!.slice(1) };
      }
      if (lead.length > LEAD_MAX) lines.look("truncated", label, `the intro was longer than ${LEAD_MAX} characters and was shortened`);
      let title = item.title.replace(/\s+/g, " ");
      if (title.length > TITLE_MAX) lines.look("truncated", label, `the title was longer than ${TITLE_MAX} characters and was shortened`);
      if (!title) {
        title = "(zonder titel)";
        lines.look("truncated", label, "the post has no title");
      }
      let featured: PreparedImage | null = null;
      if (item.featuredImage) {
        const image = await images.prepare(item.featuredImage, { alt: item.featuredImageAlt, caption: item.featuredImageCaption }, label);
        if (image.ok) featured = image;
        else lines.look("missing-image", label, `featured image not imported: ${image.reason}`);
      }
      prepared.push({ item, label, doc, lead: clip(lead, LEAD_MAX), title: clip(title, TITLE_MAX), featured });
    }

    const report = await inWriteTransaction(() => writeArchive(archive, prepared, images.fresh, options, now, skipped));
    report.lines.unshift(...lines.lines);
    report.media.reused = images.reused.size;
    return report;
  } catch (error) {
    // Nothing was written to the database: the files stored for it go too.
    await images.discard();
    if (error instanceof DryRunRollback) {
      error.report.lines.unshift(...lines.lines);
      error.report.media.reused = images.reused.size;
      return error.report;
    }
    throw error;
  }
}
