import "server-only";
// Images of an import go through the media library's own store (lib/media/store.ts: decoded completely, checked,
// stored as WebP sizes) before the import's transaction, because sharp is asynchronous; if the transaction does not
// happen, discard() removes the files again. One file is stored once, however many addresses point at it.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { getImportRecord, mediaStorageKey } from "@/db/queries/imports";
import { removeImageFiles, storeImage, type StoredImage } from "@/lib/media/store";
import { ALT_MAX, CAPTION_MAX } from "@/lib/media/upload-rules";
import type { ReportLines } from "./report";
import type { ImportArchive } from "./types";
import { pathAfterMarker } from "./wordpress";

/** `relPath`: the file under the uploads folder, also its id in import_records. */
export type PreparedImage = { ok: true; relPath: string; storageKey: string; mediaId: number | null; alt: string; caption: string; fresh: StoredImage | null };
export type ImageOutcome = PreparedImage | { ok: false; reason: string };
type Hint = { alt: string; caption: string };

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1).trimEnd() + "…" : text);

/** The file behind an image address: the same path under the uploads folder, else the original of a resized copy. */
async function findImageFile(uploadsDir: string, relPath: string): Promise<string | null> {
  const candidates = [relPath, relPath.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, "$1"), relPath.replace(/^size\/w\d+(?:h\d+)?\//, "")];
  const root = path.resolve(uploadsDir);
  for (const candidate of new Set(candidates)) {
    const file = path.resolve(root, candidate);
    if (!file.startsWith(root + path.sep)) continue;
    if (await fs.stat(file).then((s) => s.isFile(), () => false)) return path.relative(root, file).split(path.sep).join("/");
  }
  return null;
}

export class ImportImages {
  /** Images new to the media library: rows to insert in the transaction (in a dry run, with made-up keys). */
  readonly fresh: PreparedImage[] = [];
  /** Files an earlier run already brought in. */
  readonly reused = new Set<string>();
  private readonly byAddress = new Map<string, Promise<ImageOutcome>>();
  private readonly byFile = new Map<string, Promise<ImageOutcome>>();

  constructor(
    private readonly archive: ImportArchive,
    private readonly options: { uploadsDir: string | null; dryRun: boolean },
    private readonly lines: ReportLines,
  ) {}

  prepare(src: string, hint: Hint, label: string): Promise<ImageOutcome> {
    const relPath = pathAfterMarker(src, this.archive.uploadsMarker);
    if (!relPath) return Promise.resolve({ ok: false, reason: "image is not in the source's uploads folder (another site?)" });
    let outcome = this.byAddress.get(relPath);
    if (!outcome) {
      outcome = this.locate(relPath, hint, label);
      this.byAddress.set(relPath, outcome);
    }
    return outcome;
  }

  /** Removes the files stored for an import that was rolled back or failed. */
  async discard(): Promise<void> {
    await Promise.all(this.fresh.map((image) => (image.fresh ? removeImageFiles(image.fresh.storageKey) : undefined)));
  }

  private async locate(relPath: string, hint: Hint, label: string): Promise<ImageOutcome> {
    if (!this.options.uploadsDir) return { ok: false, reason: "no --uploads folder given" };
    const found = await findImageFile(this.options.uploadsDir, relPath);
    if (!found) return { ok: false, reason: `file ${relPath} not found in the uploads folder` };
    let outcome = this.byFile.get(found);
    if (!outcome) {
      outcome = this.store(this.options.uploadsDir, found, hint, label);
      this.byFile.set(found, outcome);
    }
    return outcome;
  }

  private async store(uploadsDir: string, file: string, hint: Hint, label: string): Promise<ImageOutcome> {
    const info = this.archive.imageInfo.get(file);
    let alt = hint.alt || info?.alt || hint.caption || info?.caption || info?.title || "";
    if (!alt) {
      alt = path.basename(file).replace(/\.[a-z0-9]+$/i, "").replace(/[-_]+/g, " ");
      this.lines.look("alt-missing", label, `image ${file} has no alt text; "${alt}" was used: describe the image in the media library`);
    }
    const record = getImportRecord({ source: this.archive.source, entity: "media", externalId: file });
    const knownKey = record ? mediaStorageKey({ id: record.entityId }) : null;
    if (record && knownKey) {
      this.reused.add(file);
      return { ok: true, relPath: file, storageKey: knownKey, mediaId: record.entityId, alt, caption: "", fresh: null };
    }
    const base = { ok: true as const, relPath: file, mediaId: null, alt: clip(alt, ALT_MAX), caption: clip(hint.caption || info?.caption || "", CAPTION_MAX) };
    if (this.options.dryRun) {
      const prepared: PreparedImage = { ...base, storageKey: randomBytes(12).toString("hex"), fresh: null };
      this.fresh.push(prepared);
      return prepared;
    }
    const stored = await storeImage(new File([await fs.readFile(path.join(uploadsDir, file))], path.basename(file)));
    if (!stored.ok) return { ok: false, reason: `file ${file} was refused by the media library (${stored.code})` };
    const prepared: PreparedImage = { ...base, storageKey: stored.image.storageKey, fresh: stored.image };
    this.fresh.push(prepared);
    return prepared;
  }
}
