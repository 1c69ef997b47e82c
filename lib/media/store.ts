import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp, { type Metadata } from "sharp";
import { IMAGE_WIDTHS } from "@/lib/media-urls";

export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
// Judged by the decoded content, never by the file name or the browser's claimed type. No SVG: it can carry script.
const ACCEPTED = new Set(["jpeg", "png", "webp", "gif", "avif", "tiff"]);

/** Outside public/: files are only reachable through the media route, which checks the name pattern. */
export function mediaDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR || "./data/media");
}

export type StoredImage = { storageKey: string; mimeType: string; width: number; height: number; byteSize: number };

export type StoreResult = { ok: true; image: StoredImage } | { ok: false; message: string };

export async function storeImage(file: File): Promise<StoreResult> {
  if (file.size === 0) return { ok: false, message: "Kies een afbeelding." };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, message: "Deze afbeelding is groter dan 8 MB. Verklein haar eerst." };
  const input = Buffer.from(await file.arrayBuffer());
  let meta: Metadata;
  try {
    meta = await sharp(input).metadata();
  } catch {
    return { ok: false, message: "Dit bestand is geen afbeelding die we kunnen gebruiken (JPEG, PNG, WebP, GIF, AVIF of TIFF)." };
  }
  if (!meta.format || !ACCEPTED.has(meta.format) || !meta.width || !meta.height) {
    return { ok: false, message: "Dit bestand is geen afbeelding die we kunnen gebruiken (JPEG, PNG, WebP, GIF, AVIF of TIFF)." };
  }
  if (meta.width * meta.height > 60_000_000) return { ok: false, message: "Deze afbeelding heeft te veel pixels." };

  const storageKey = randomBytes(12).toString("hex");
  const dir = path.join(mediaDir(), storageKey);
  await fs.mkdir(dir, { recursive: true });
  // One WebP per width; never enlarged, orientation from EXIF applied, metadata (GPS and the like) dropped.
  await Promise.all(
    IMAGE_WIDTHS.map((width) =>
      sharp(input).rotate().resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toFile(path.join(dir, `${width}.webp`)),
    ),
  );
  return { ok: true, image: { storageKey, mimeType: `image/${meta.format}`, width: meta.width, height: meta.height, byteSize: file.size } };
}

export async function removeImageFiles(storageKey: string): Promise<void> {
  if (!/^[a-f0-9]{24}$/.test(storageKey)) return;
  await fs.rm(path.join(mediaDir(), storageKey), { recursive: true, force: true });
}
