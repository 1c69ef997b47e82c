import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { fixture, uploadImage } from "./support/media";

const mediaDir = () => path.join(path.dirname(process.env.E2E_DATABASE_PATH!), "media");
const landscape = () => fs.readFileSync(fixture("landscape.png"));
const mediaCount = () => queryDatabase<{ n: number }>("select count(*) as n from media")[0]!.n;

/** Folders in MEDIA_DIR that belong to no media row: what a failed upload must not leave behind. */
function orphanFolders(): string[] {
  if (!fs.existsSync(mediaDir())) return [];
  const keys = new Set(queryDatabase<{ storage_key: string }>("select storage_key from media").map((r) => r.storage_key));
  return fs.readdirSync(mediaDir()).filter((name) => !keys.has(name));
}

/** The editor's session in a browser without JavaScript. */
async function editorWithoutJavaScript(browser: Browser): Promise<Page> {
  const signedIn = await pageAs(browser, "editor");
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.context().storageState() });
  return context.newPage();
}

async function chooseAndUpload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, alt: string, caption = "") {
  await page.goto("/redactie/media");
  await page.getByLabel("Afbeelding", { exact: true }).setInputFiles(file);
  await page.getByLabel("Alt-tekst", { exact: true }).fill(alt);
  if (caption) await page.getByLabel("Bijschrift (niet verplicht)").fill(caption);
  await page.getByRole("button", { name: "Uploaden" }).click();
}

const ENGLISH = /too big|too small|invalid|expected|required/i;

test.describe("uploading an image", () => {
  test("works with JavaScript: the image is added to the library", async ({ browser }) => {
    const page = await pageAs(browser, "author");
    await uploadImage(page, "Een zonnig landschap met JavaScript");
    await expect(page.getByRole("img", { name: "Een zonnig landschap met JavaScript" })).toBeVisible();
  });

  test("works without JavaScript: the browser comes back to the media page with the message", async ({ browser }) => {
    const page = await editorWithoutJavaScript(browser);
    await chooseAndUpload(page, { name: "landschap.png", mimeType: "image/png", buffer: landscape() }, "Een landschap zonder JavaScript");
    await expect(page).toHaveURL(/\/redactie\/media\?toegevoegd=\d+$/);
    await expect(page.getByRole("status")).toHaveText("Afbeelding “Een landschap zonder JavaScript” is toegevoegd.");
    await expect(page.getByRole("img", { name: "Een landschap zonder JavaScript" })).toBeVisible();
  });

  test("refuses a truncated PNG in Dutch next to the field and leaves no folder behind", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const bytes = landscape();
    const before = mediaCount();
    await chooseAndUpload(page, { name: "half.png", mimeType: "image/png", buffer: bytes.subarray(0, Math.floor(bytes.length / 2)) }, "Half landschap");
    await expect(page.locator("#veld-file-fout")).toContainText("Deze afbeelding is beschadigd of onvolledig.");
    await expect(page.getByLabel("Alt-tekst", { exact: true })).toHaveValue("Half landschap");
    expect(mediaCount()).toBe(before);
    await expect.poll(orphanFolders).toEqual([]);
  });

  test("refuses an image of more than 40 megapixels, also without JavaScript, and says what the limit is", async ({ browser }) => {
    // 8000 × 8000 of one colour: a small file, 64 million pixels.
    const huge = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: "#2b6cb0" } }).png().toBuffer();
    expect(huge.length).toBeLessThan(2 * 1024 * 1024);
    const page = await editorWithoutJavaScript(browser);
    const before = mediaCount();
    await chooseAndUpload(page, { name: "groot.png", mimeType: "image/png", buffer: huge }, "Een heel groot vlak");
    await expect(page).toHaveURL(/\/redactie\/media\?upload=te-veel-pixels/);
    await expect(page.locator("#veld-file-fout")).toContainText("meer dan 40 miljoen pixels");
    await expect(page.getByLabel("Alt-tekst", { exact: true })).toHaveValue("Een heel groot vlak");
    expect(mediaCount()).toBe(before);
    await expect.poll(orphanFolders).toEqual([]);
  });

  test("shows a Dutch message for a caption over 300 characters", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    await chooseAndUpload(page, { name: "landschap.png", mimeType: "image/png", buffer: landscape() }, "Landschap met lang bijschrift", "b".repeat(301));
    await expect(page.locator("#veld-caption-fout")).toHaveText("Fout: Een bijschrift mag hoogstens 300 tekens lang zijn.");
    await expect(page.locator("form").first()).not.toContainText(ENGLISH);
  });
});

test.describe("the upload route", () => {
  const upload = (alt: string) => ({ file: { name: "landschap.png", mimeType: "image/png", buffer: landscape() }, alt });

  test("refuses anonymous visitors, with or without a (forged) session cookie", async ({ playwright, baseURL }) => {
    const before = mediaCount();
    for (const cookie of [undefined, "authjs.session-token=vervalst"]) {
      const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Accept: "application/json", ...(cookie ? { Cookie: cookie } : {}) } });
      const response = await request.post("/redactie/media/upload", { multipart: upload("Anoniem"), maxRedirects: 0 });
      expect(response.status()).toBe(401);
      expect((await response.json()).message).toBe("U heeft geen toegang tot deze handeling.");
      await request.dispose();
    }
    expect(mediaCount()).toBe(before);
  });

  test("refuses a post from another site, even with the editor's session", async ({ browser, baseURL }) => {
    const page = await pageAs(browser, "editor");
    const before = mediaCount();
    const response = await page.request.post("/redactie/media/upload", {
      multipart: upload("Van elders"),
      headers: { Origin: "https://elders.example", Accept: "application/json" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).message).toBe("Dit formulier kwam niet van deze website en is niet verwerkt.");
    expect(mediaCount()).toBe(before);
    // The same request from this site is accepted.
    const same = await page.request.post("/redactie/media/upload", { multipart: upload("Van hier"), headers: { Origin: baseURL!, Accept: "application/json" } });
    expect(same.status()).toBe(200);
    expect(mediaCount()).toBe(before + 1);
  });

  test("refuses a body over the limit with 413 in Dutch", async ({ browser, baseURL }) => {
    const page = await pageAs(browser, "editor");
    const response = await page.request.post("/redactie/media/upload", {
      multipart: { file: { name: "groot.png", mimeType: "image/png", buffer: Buffer.alloc(9 * 1024 * 1024) }, alt: "Te groot" },
      headers: { Origin: baseURL!, Accept: "application/json" },
    });
    expect(response.status()).toBe(413);
    expect((await response.json()).fieldErrors.file).toBe("Het formulier is groter dan 8 MB. Kies een kleinere afbeelding.");
  });
});
