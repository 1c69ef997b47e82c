import "server-only";
// The write half of an import: one synchronous pass inside a write transaction (images already stored). Media rows,
// staff-directory entries, posts with their people, revisions and old slugs, import records, and the search rows
// of every post it touched.
import path from "node:path";
import type { JSONContent } from "@tiptap/core";
import { getPostForEditing, insertPost, moveSlug, replaceCoauthors, slugTaken, updatePostAtVersion } from "@/db/queries/editorial-posts";
import { findPersonForImport, findSectionForImport, getImportRecord, saveImportRecord } from "@/db/queries/imports";
import { insertMedia } from "@/db/queries/media";
import { getPerson, insertPerson, personSlugTaken } from "@/db/queries/people";
import { insertRevision } from "@/db/queries/revisions";
import { getSectionSlugById } from "@/db/queries/sections";
import { indexPosts } from "@/db/queries/search";
import { postPath } from "@/lib/post-meta";
import { isValidSlug, slugify, SLUG_MAX } from "@/lib/slugs";
import type { ImportOptions } from "./apply-import";
import type { PreparedImage } from "./import-images";
import { emptyCounts, ReportLines, type ImportReport } from "./report";
import { ImportFileError, type ImportArchive, type ImportAuthor, type ImportItem, type ImportStatus } from "./types";

export type PreparedItem = { item: ImportItem; label: string; doc: JSONContent; lead: string; title: string; featured: PreparedImage | null };

/** Thrown at the end of a dry run to roll the transaction back; carries the report. */
export class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super("dry run");
  }
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1).trimEnd() + "…" : text);

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
export function writeArchive(archive: ImportArchive, prepared: PreparedItem[], fresh: PreparedImage[], options: ImportOptions, now: Date, skipped: number): ImportReport {
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
