import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp, { type Metadata, type OutputInfo } from "sharp";
import { IMAGE_WIDTHS } from "@/lib/media-urls";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS, type UploadCode } from "./upload-rules";
import { logEvent } from "@/lib/log/log.mjs";

// Judged by the decoded content, never by the file name or the browser's claimed type. No SVG: it can carry script.
const ACCEPTED = new Set(["jpeg", "png", "webp", "gif", "avif", "tiff"]);

/**
 * The format of decoded content. libvips reports AVIF as its container, "heif", with AV1 compression; other HEIF
 * (HEIC, HEVC-compressed) cannot be decoded by this sharp build and stays refused.
 */
export function imageFormat(meta: Pick<Metadata, "format" | "compression">): string | undefined {
  if (meta.format === "heif") return meta.compression === "av1" ? "avif" : undefined;
  return meta.format;
}
// libvips refuses more pixels than this before decoding; "error" also refuses truncated and corrupt data
// instead of storing a half-grey image.
const DECODE_OPTIONS = { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: "error" } as const;
const LARGEST_WIDTH = Math.max(...IMAGE_WIDTHS);
const WEBP_MAX_SIDE = 16_383;

/** Outside public/: files are only reachable through the media route, which checks the name pattern. */
export function mediaDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR || "./data/media");
}

export type StoredImage = { storageKey: string; mimeType: string; width: number; height: number; byteSize: number };

export type StoreResult = { ok: true; image: StoredImage } | { ok: false; code: UploadCode };

const refuse = (code: UploadCode): StoreResult => ({ ok: false, code });

export async function storeImage(file: File): Promise<StoreResult> {
  if (file.size === 0) return refuse("bestand-ontbreekt");
  if (file.size > MAX_UPLOAD_BYTES) return refuse("bestand-te-groot");
  const input = Buffer.from(await file.arrayBuffer());
  let meta: Metadata;
  try {
    meta = await sharp(input).metadata();
  } catch {
    return refuse("geen-afbeelding");
  }
  const format = imageFormat(meta);
  if (!format || !ACCEPTED.has(format) || !meta.width || !meta.height) return refuse("geen-afbeelding");
  if (meta.width * meta.height > MAX_UPLOAD_PIXELS) return refuse("te-veel-pixels");

  // Decode once and completely, before anything is written: a truncated file fails here. Orientation from EXIF is
  // applied; the result is at most as large as the largest stored width, so the sizes below are cheap.
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    decoded = await sharp(input, DECODE_OPTIONS)
      .rotate()
      .resize({ width: LARGEST_WIDTH, height: WEBP_MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    return refuse(error instanceof Error && /pixel limit/i.test(error.message) ? "te-veel-pixels" : "beschadigd");
  }

  // Written into a temporary folder and renamed when complete, so a failure never leaves a half-filled folder.
  // The temporary name does not match the media route's pattern, so it is never served.
  const storageKey = randomBytes(12).toString("hex");
  const temporary = path.join(mediaDir(), `.upload-${storageKey}`);
  try {
    await fs.mkdir(temporary, { recursive: true });
    const { width, height, channels } = decoded.info;
    for (const size of IMAGE_WIDTHS) {
      // One WebP per width; never enlarged; metadata (GPS and the like) dropped.
      await sharp(decoded.data, { raw: { width, height, channels } })
        .resize({ width: size, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toFile(path.join(temporary, `${size}.webp`));
    }
    await fs.rename(temporary, path.join(mediaDir(), storageKey));
  } catch (error) {
    await fs.rm(temporary, { recursive: true, force: true });
    logEvent("error", "media_store_failed", { error: (error as Error).message });
    return refuse("opslaan-mislukt");
  }
  return { ok: true, image: { storageKey, mimeType: `image/${format}`, width: meta.width, height: meta.height, byteSize: file.size } };
}

export async function removeImageFiles(storageKey: string): Promise<void> {
  if (!/^[a-f0-9]{24}$/.test(storageKey)) return;
  await fs.rm(path.join(mediaDir(), storageKey), { recursive: true, force: true });
}
