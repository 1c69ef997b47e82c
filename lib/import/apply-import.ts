import "server-only";
// Writes a parsed archive into the newsroom: images through the media library's own store (lib/media/store.ts),
// authors into the staff directory, posts with their dates, sections, people and old slugs, all in one write
// transaction that also updates the search rows of the posts it touched. A dry run does the same work and rolls it
// back, so what it reports is exactly what a real run would do.
import fs from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import { getPostForEditing, insertPost, moveSlug, replaceCoauthors, slugTaken, updatePostAtVersion } from "@/db/queries/editorial-posts";
import { findPersonForImport, findSectionForImport, getImportRecord, mediaStorageKey, saveImportRecord } from "@/db/queries/imports";
import { insertMedia } from "@/db/queries/media";
import { getPerson, insertPerson, personSlugTaken } from "@/db/queries/people";
import { insertRevision } from "@/db/queries/revisions";
import { getSectionSlugById } from "@/db/queries/sections";
import { indexPosts } from "@/db/queries/search";
import { inWriteTransaction } from "@/db/queries/transaction";
import type { Language, PostKind } from "@/db/schema";
import { documentText } from "@/lib/content/document";
import { mediaUrl } from "@/lib/media-urls";
import { postPath } from "@/lib/post-meta";
import { removeImageFiles, storeImage, type StoredImage } from "@/lib/media/store";
import { ALT_MAX, CAPTION_MAX } from "@/lib/media/upload-rules";
import { isValidSlug, slugify, SLUG_MAX } from "@/lib/slugs";
import { htmlToDoc, type ResolvedImage } from "./html-to-doc";
import { emptyCounts, ReportLines, type ImportReport } from "./report";
import { ImportFileError, type ImportArchive, type ImportAuthor, type ImportItem, type ImportStatus } from "./types";
import { pathAfterMarker } from "./wordpress";

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

type PreparedImage = { ok: true; relPath: string; storageKey: string; mediaId: number | null; alt: string; caption: string; fresh: StoredImage | null };
type ImageOutcome = PreparedImage | { ok: false; reason: string };

type PreparedItem = { item: ImportItem; label: string; doc: JSONContent; lead: string; title: string; featured: PreparedImage | null };

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super("dry run");
  }
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1).trimEnd() + "…" : text);
const plain = (html: string) => html.replace(/<(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, " ").replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/\s+/g, " ").trim();

async function fileExists(file: string): Promise<boolean> {
  return fs.stat(file).then((s) => s.isFile(), () => false);
}

/** The file behind an image address: the same path under the uploads folder, else the original of a resized copy. */
async function findImageFile(uploadsDir: string, relPath: string): Promise<string | null> {
  const candidates = [relPath, relPath.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, "$1"), relPath.replace(/^size\/w\d+(?:h\d+)?\//, "")];
  const root = path.resolve(uploadsDir);
  for (const candidate of new Set(candidates)) {
    const file = path.resolve(root, candidate);
    if (!file.startsWith(root + path.sep)) continue;
    if (await fileExists(file)) return path.relative(root, file).split(path.sep).join("/");
  }
  return null;
}

export async function applyImport(archive: ImportArchive, options: ImportOptions): Promise<ImportReport> {
  const now = options.now ?? new Date();
  const lines = new ReportLines();
  const source = archive.source;
  for (const target of new Set([...options.sectionMap.values(), ...(options.defaultSection ? [options.defaultSection] : [])])) {
    if (!findSectionForImport({ key: target })) throw new ImportFileError(`There is no section "${target}" (named in --section-map or --default-section). Nothing was imported.`);
  }
  for (const note of archive.notes) lines.info("skipped", null, note);

  // Images: stored before the transaction (sharp is asynchronous), removed again if the transaction fails.
  const images = new Map<string, Promise<ImageOutcome>>();
  const fresh: PreparedImage[] = [];
  const reused = new Set<string>();
  const prepareImage = (src: string, hint: { alt: string; caption: string }, label: string): Promise<ImageOutcome> => {
    const relPath = pathAfterMarker(src, archive.uploadsMarker);
    if (!relPath) return Promise.resolve({ ok: false, reason: "image is not in the source's uploads folder (another site?)" });
    if (!options.uploadsDir) return Promise.resolve({ ok: false, reason: "no --uploads folder given" });
    const uploadsDir = options.uploadsDir;
    const key = relPath;
    let outcome = images.get(key);
    if (!outcome) {
      outcome = (async (): Promise<ImageOutcome> => {
        const found = await findImageFile(uploadsDir, relPath);
        if (!found) return { ok: false, reason: `file ${relPath} not found in the uploads folder` };
        const info = archive.imageInfo.get(found) ?? archive.imageInfo.get(relPath);
        let alt = hint.alt || info?.alt || hint.caption || info?.caption || info?.title || "";
        if (!alt) {
          alt = path.basename(found).replace(/\.[a-z0-9]+$/i, "").replace(/[-_]+/g, " ");
          lines.look("alt-missing", label, `image ${found} has no alt text; "${alt}" was used: describe the image in the media library`);
        }
        const record = getImportRecord({ source, entity: "media", externalId: found });
        const knownKey = record ? mediaStorageKey({ id: record.entityId }) : null;
        if (record && knownKey) reused.add(found);
        if (record && knownKey) return { ok: true, relPath: found, storageKey: knownKey, mediaId: record.entityId, alt, caption: "", fresh: null };
        const caption = clip(hint.caption || info?.caption || "", CAPTION_MAX);
        if (options.dryRun) {
          const prepared: PreparedImage = { ok: true, relPath: found, storageKey: randomBytes(12).toString("hex"), mediaId: null, alt: clip(alt, ALT_MAX), caption, fresh: null };
          fresh.push(prepared);
          return prepared;
        }
        const bytes = await fs.readFile(path.join(uploadsDir, found));
        const stored = await storeImage(new File([bytes], path.basename(found)));
        if (!stored.ok) return { ok: false, reason: `file ${found} was refused by the media library (${stored.code})` };
        const prepared: PreparedImage = { ok: true, relPath: found, storageKey: stored.image.storageKey, mediaId: null, alt: clip(alt, ALT_MAX), caption, fresh: stored.image };
        fresh.push(prepared);
        return prepared;
      })();
      images.set(key, outcome);
    }
    return outcome;
  };

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
          const image = await prepareImage(src, hint, label);
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
        const image = await prepareImage(item.featuredImage, { alt: item.featuredImageAlt, caption: item.featuredImageCaption }, label);
        if (image.ok) featured = image;
        else lines.look("missing-image", label, `featured image not imported: ${image.reason}`);
      }
      prepared.push({ item, label, doc, lead: clip(lead, LEAD_MAX), title: clip(title, TITLE_MAX), featured });
    }

    const report = await inWriteTransaction(() => writeArchive(archive, prepared, fresh, options, now, skipped));
    report.lines.unshift(...lines.lines);
    report.media.reused = reused.size;
    return report;
  } catch (error) {
    // Nothing was written to the database: the files stored for it go too.
    await Promise.all(fresh.map((image) => (image.fresh ? removeImageFiles(image.fresh.storageKey) : undefined)));
    if (error instanceof DryRunRollback) {
      error.report.lines.unshift(...lines.lines);
      error.report.media.reused = reused.size;
      return error.report;
    }
    throw error;
  }
}

function uniquePersonSlug(name: string): string {
  const base = slugify(name) || "medewerker";
  let slug = base;
  for (let n = 2; personSlugTaken({ slug }); n++) slug = `${base.slice(0, SLUG_MAX - 4)}-${n}`;
  return slug;
}

function freePostSlug(base: string, postId: number | null): string {
  let slug = base;
  for (let n = 2; slugTaken({ slug, exceptPostId: postId }); n++) slug = `${base.slice(0, SLUG_MAX - 4)}-${n}`;
  return slug;
}

/** The source's slug as it appears in a URL, lower-cased and decoded; null when it cannot be one. */
function sourceSlug(slug: string): string | null {
  try {
    const decoded = decodeURIComponent(slug).trim().toLowerCase();
    return decoded && !decoded.includes("/") ? decoded : null;
  } catch {
    return null;
  }
}

/** Runs inside one write transaction: only synchronous queries. Returns the counts and the findings of this part. */
function writeArchive(archive: ImportArchive, prepared: PreparedItem[], fresh: PreparedImage[], options: ImportOptions, now: Date, skipped: number): ImportReport {
  const source = archive.source;
  const lines = new ReportLines();
  const report: ImportReport = {
    format: archive.format,
    source,
    dryRun: options.dryRun,
    posts: { ...emptyCounts(), skipped },
    people: { created: 0, matched: 0 },
    media: { created: 0, reused: 0 },
    lines: lines.lines,
  };

  const mediaIds = new Map<string, number>();
  for (const image of fresh) {
    // Another run of the same archive committed this image after we looked: our text points at our own copy.
    if (getImportRecord({ source, entity: "media", externalId: image.relPath })) {
      throw new ImportFileError("Another import of this archive finished while this one ran. Nothing was imported by this run; run it again.");
    }
    const { id } = insertMedia({
      storageKey: image.storageKey,
      originalName: path.basename(image.relPath).slice(0, 200),
      mimeType: image.fresh?.mimeType ?? "image/jpeg",
      width: image.fresh?.width ?? 1,
      height: image.fresh?.height ?? 1,
      byteSize: image.fresh?.byteSize ?? 0,
      alt: image.alt,
      caption: image.caption,
      uploadedById: null,
    });
    saveImportRecord({ source, entity: "media", externalId: image.relPath, entityId: id, importedAt: now });
    mediaIds.set(image.relPath, id);
    report.media.created += 1;
  }
  const mediaIdOf = (image: PreparedImage | null): number | null => (image ? (image.mediaId ?? mediaIds.get(image.relPath) ?? null) : null);

  const personIds = new Map<string, number>();
  const personFor = (author: ImportAuthor, label: string): number => {
    const known = personIds.get(author.externalId);
    if (known) return known;
    const record = getImportRecord({ source, entity: "person", externalId: author.externalId });
    let id = record && getPerson({ id: record.entityId }) ? record.entityId : null;
    if (!id) {
      const match = findPersonForImport({ email: author.email, name: author.name });
      if (match) {
        id = match.id;
        report.people.matched += 1;
        if (match.name !== author.name) lines.info("author-created", null, `author "${author.name}" matched staff entry "${match.name}" by e-mail address`);
      } else {
        id = insertPerson({ slug: uniquePersonSlug(author.name), name: clip(author.name, 200), email: author.email, jobTitle: "", bio: "", active: true }).id;
        report.people.created += 1;
        lines.look("author-created", label, `staff entry "${author.name}"${author.email ? ` <${author.email}>` : ""} created: add a job title and photo at /redactie/medewerkers`);
      }
      saveImportRecord({ source, entity: "person", externalId: author.externalId, entityId: id, importedAt: now });
    }
    personIds.set(author.externalId, id);
    return id;
  };

  const reportedTerms = new Set<string>();
  const sectionFor = (item: ImportItem, label: string): number | null => {
    let found: number | null = null;
    for (const term of item.terms) {
      const mapped = options.sectionMap.get(term.name.toLowerCase()) ?? options.sectionMap.get(term.slug.toLowerCase());
      const section = mapped ? findSectionForImport({ key: mapped }) : (findSectionForImport({ key: term.slug }) ?? findSectionForImport({ key: term.name }));
      if (section) {
        found ??= section.id;
        continue;
      }
      if ((term.kind === "category" || !found) && !reportedTerms.has(term.name)) {
        reportedTerms.add(term.name);
        lines.look("unmapped-category", null, `${term.kind} "${term.name}" matches no section; map it with --section-map "${term.name}=<section>"`);
      }
    }
    if (found) return found;
    if (options.defaultSection) return findSectionForImport({ key: options.defaultSection })?.id ?? null;
    lines.look("no-section", label, "no section: give it one before publishing");
    return null;
  };

  const touched: number[] = [];
  for (const { item, label, doc, lead, title, featured } of prepared) {
    const record = getImportRecord({ source, entity: "post", externalId: item.externalId });
    const existing = record ? getPostForEditing({ id: record.entityId }) : null;
    if (record && !existing) {
      lines.info("skipped", label, "deleted here after an earlier import; not imported again");
      report.posts.skipped += 1;
      continue;
    }
    if (record && existing && existing.updatedAt.getTime() > record.importedAt.getTime()) {
      lines.look("edited-here", label, "changed in this newsroom since the last import; left as it is (the source's version was not applied)");
      report.posts.skipped += 1;
      continue;
    }

    const sectionId = sectionFor(item, label);
    let status: ImportStatus = item.status!;
    if (!sectionId && (status === "published" || status === "scheduled")) {
      lines.look("status", label, `was ${item.sourceStatus} in the source; imported as a draft because it has no section`);
      status = "draft";
    }
    let date = item.date;
    if (!date && (status === "published" || status === "scheduled")) {
      lines.look("status", label, "the source gives no valid publication date; today's date was used");
      date = now;
    }
    const [contact, ...coauthors] = item.authors.map((a) => personFor(a, label));
    const coauthorIds = [...new Set(coauthors)].filter((id) => id !== contact);

    const wanted = sourceSlug(item.slug);
    const base = wanted && isValidSlug(wanted) ? wanted : slugify(wanted ?? "") || slugify(item.title) || `bericht-${slugify(item.externalId) || "zonder-naam"}`;
    const slug = existing?.slug === base ? base : freePostSlug(base, existing?.id ?? null);
    if (slug !== base) lines.look("slug", label, `the address "${base}" was taken; it is "${slug}" here`);

    const values = {
      slug,
      title,
      lead,
      body: doc,
      sectionId,
      kind: existing?.kind ?? options.kind,
      language: existing?.language ?? options.language,
      status,
      contactPersonId: contact ?? null,
      featuredImageId: mediaIdOf(featured),
      // A post made a draft here (private, members only, no section) keeps its date for when it is published.
      publishedAt: date,
      scheduledAt: status === "scheduled" ? date : null,
    };

    let id: number;
    let version: number;
    if (existing) {
      const same =
        existing.slug === values.slug &&
        existing.title === values.title &&
        existing.lead === values.lead &&
        JSON.stringify(existing.body) === JSON.stringify(values.body) &&
        existing.sectionId === values.sectionId &&
        existing.status === values.status &&
        existing.contactPersonId === values.contactPersonId &&
        existing.featuredImageId === values.featuredImageId &&
        (existing.publishedAt?.getTime() ?? null) === (values.publishedAt?.getTime() ?? null) &&
        (existing.scheduledAt?.getTime() ?? null) === (values.scheduledAt?.getTime() ?? null) &&
        JSON.stringify(existing.coauthorIds) === JSON.stringify(coauthorIds);
      if (same) {
        report.posts.unchanged += 1;
        continue;
      }
      const next = updatePostAtVersion({ id: existing.id, version: existing.version }, values);
      if (next === null) throw new Error(`Post ${existing.id} changed while importing; run the import again.`);
      if (existing.status === "published" && existing.slug !== slug) moveSlug({ postId: existing.id, from: existing.slug, to: slug });
      id = existing.id;
      version = next;
      report.posts.updated += 1;
    } else {
      ({ id, version } = insertPost({ ...values, authorId: null }));
      report.posts.created += 1;
    }
    replaceCoauthors({ postId: id, personIds: coauthorIds });
    const { title: t, lead: l, body, ...fields } = values;
    insertRevision({ postId: id, version, title: t, lead: l, body, fields: { ...fields, coauthorIds, importedFrom: source }, createdById: null });
    // The source's own slug keeps working as an old address of this post, decoded and as the source wrote it.
    for (const old of new Set([wanted, item.slug.toLowerCase()])) {
      if (old && old !== slug && !old.includes("/") && !slugTaken({ slug: old, exceptPostId: id })) moveSlug({ postId: id, from: old, to: slug });
    }
    const sectionSlug = getSectionSlugById({ id: sectionId });
    if (item.oldUrl) lines.info("old-url", label, `${item.oldUrl} -> ${sectionSlug ? postPath({ sectionSlug, slug }) : `${slug} (no section yet)`}`);
    saveImportRecord({ source, entity: "post", externalId: item.externalId, entityId: id, importedAt: new Date(Math.max(Date.now(), now.getTime())) });
    touched.push(id);
  }
  indexPosts({ ids: touched });
  if (options.dryRun) throw new DryRunRollback(report);
  return report;
}
