import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeImage } from "./store";

const landscape = fs.readFileSync(path.join(import.meta.dirname, "../../e2e/fixtures/landscape.png"));
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "media-store-"));
  process.env.MEDIA_DIR = dir;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (bytes: Buffer, name = "beeld.png") => new File([new Uint8Array(bytes)], name, { type: "image/png" });

describe("storing an uploaded image", () => {
  it("writes one WebP per width into a folder named by the storage key", async () => {
    const result = await storeImage(file(landscape));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(fs.readdirSync(path.join(dir, result.image.storageKey)).sort()).toEqual(["1280.webp", "320.webp", "640.webp", "960.webp"]);
  });

  it("refuses a truncated image and leaves no folder behind", async () => {
    const before = fs.readdirSync(dir);
    const result = await storeImage(file(landscape.subarray(0, Math.floor(landscape.length / 2))));
    expect(result).toEqual({ ok: false, code: "beschadigd" });
    expect(fs.readdirSync(dir)).toEqual(before);
  });

  it("refuses an image of more than 40 megapixels, however small the file", async () => {
    const huge = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: "#336699" } }).png().toBuffer();
    const before = fs.readdirSync(dir);
    expect(await storeImage(file(huge))).toEqual({ ok: false, code: "te-veel-pixels" });
    expect(fs.readdirSync(dir)).toEqual(before);
  });

  it("accepts an AVIF image (which libvips reports as heif) and stores it as image/avif", async () => {
    const avif = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#336699" } }).avif().toBuffer();
    const result = await storeImage(new File([new Uint8Array(avif)], "beeld.avif", { type: "image/avif" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.image).toMatchObject({ mimeType: "image/avif", width: 400, height: 300 });
    expect(fs.readdirSync(path.join(dir, result.image.storageKey))).toContain("320.webp");
  });

  it("refuses a file that is not an image", async () => {
    expect(await storeImage(file(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), "beeld.svg"))).toEqual({ ok: false, code: "geen-afbeelding" });
  });
});
