// The neutral shape both importers (WordPress WXR, Ghost JSON) parse into; apply-import.ts only knows this shape.

/** Our status for a source status, or null when the item is not imported (the report says why). */
export type ImportStatus = "published" | "scheduled" | "draft" | "in_review";

export type ImportAuthor = { externalId: string; name: string; email: string | null };

/** A category or tag; `kind` only decides the order in which they are tried for a section. */
export type ImportTerm = { name: string; slug: string; kind: "category" | "tag" };

/** What the source knows about an image file beyond the tag itself (WordPress attachments). */
export type ImageInfo = { alt: string; caption: string; title: string };

export type ImportItem = {
  externalId: string;
  type: "post" | "page";
  title: string;
  /** The source's slug, as it appears in its URLs. */
  slug: string;
  /** The source's own address of the item, for the report. */
  oldUrl: string | null;
  sourceStatus: string;
  status: ImportStatus | null;
  /** Why the status was changed or the item skipped, for a person to look at. */
  statusNote: string | null;
  /** Publication date (or the scheduled moment). */
  date: Date | null;
  html: string;
  excerpt: string;
  authors: ImportAuthor[];
  terms: ImportTerm[];
  /** The featured image's address in the source (a URL or a path under the uploads folder). */
  featuredImage: string | null;
  featuredImageAlt: string;
  featuredImageCaption: string;
};

export type ImportArchive = {
  format: "wordpress" | "ghost";
  /** Identifies the source site in import_records, so a re-run finds what it brought in before. */
  source: string;
  items: ImportItem[];
  /** The folder marker in image URLs after which the path under the uploads folder starts. */
  uploadsMarker: string;
  /** Alt text and caption per path under the uploads folder (WordPress attachments). */
  imageInfo: Map<string, ImageInfo>;
  /** What the reader left out and why, for the report. */
  notes: string[];
};

/** Thrown for a file that cannot be imported; the CLI prints the message as it is. */
export class ImportFileError extends Error {}
