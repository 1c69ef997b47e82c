import crypto from "node:crypto";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { ImageDialog, pasteHtml, type TestFile } from "./pages/image-dialog";
import { MediaPicker } from "./pages/media-picker";
import { PostEditor } from "./pages/post-editor";
import { pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { fixture } from "./support/media";

const landscape = (): TestFile => ({ name: "landschap.png", mimeType: "image/png", buffer: fs.readFileSync(fixture("landscape.png")) });
const mediaWithAlt = (alt: string) => queryDatabase<{ id: number; storage_key: string; mime_type: string }>("select id, storage_key, mime_type from media where alt = ?", alt);
const mediaCount = () => queryDatabase<{ n: number }>("select count(*) as n from media")[0]!.n;
const storedBody = (id: number) => queryDatabase<{ body: string | null }>("select body from posts where id = ?", id)[0]?.body ?? "";
const unique = (label: string) => `${label} ${crypto.randomBytes(3).toString("hex")}`;

/** A new post with some text, saved once so it has an id. */
async function newPost(page: Page, title: string) {
  const editor = new PostEditor(page);
  await editor.openNew();
  await editor.title().fill(title);
  await editor.body.click();
  await page.keyboard.type("Een alinea voor de afbeelding.");
  await editor.submit("Opslaan");
  return { editor, id: await editor.id() };
}

test.describe("images in the editor", () => {
  test("an image dropped into the text is asked for alt text, lands in the media library and in the post", async ({ browser }) => {
    const page = await pageAs(browser, "author");
    const { editor, id } = await newPost(page, unique("Bericht met gesleept beeld"));
    const alt = unique("Gesleept landschap");
    const dialog = new ImageDialog(page);
    await dialog.drop(editor, landscape());
    await expect(dialog.dialog).toContainText("landschap.png");
    await dialog.upload(alt, "Foto: eigen werk");

    await expect(dialog.dialog).toBeHidden();
    const [stored] = mediaWithAlt(alt);
    expect(mediaWithAlt(alt)).toHaveLength(1);
    await expect(editor.body.locator(`img[alt="${alt}"]`)).toHaveAttribute("src", `/media/${stored!.storage_key}/1280.webp`);
    await expect(editor.body.locator("figcaption")).toHaveText("Foto: eigen werk");
    await editor.submit("Opslaan");
    expect(storedBody(id)).toContain(`/media/${stored!.storage_key}/1280.webp`);
  });

  test("an image pasted into the text is uploaded the same way", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const { editor, id } = await newPost(page, unique("Bericht met geplakt beeld"));
    const alt = unique("Geplakt landschap");
    const dialog = new ImageDialog(page);
    await dialog.paste(editor, landscape());
    await dialog.upload(alt);
    await expect(editor.body.locator(`img[alt="${alt}"]`)).toBeVisible();
    expect(mediaWithAlt(alt)).toHaveLength(1);
    await editor.submit("Opslaan");
    expect(storedBody(id)).toContain(`/media/${mediaWithAlt(alt)[0]!.storage_key}/`);
  });

  test("a dropped file cannot skip the alt text or the library's checks: the message is next to the field and what was typed stays", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const { editor } = await newPost(page, unique("Bericht met fout bestand"));
    const dialog = new ImageDialog(page);
    const before = mediaCount();

    await dialog.drop(editor, landscape());
    await dialog.dialog.getByRole("button", { name: "Uploaden en invoegen" }).click();
    await expect(dialog.altError()).toHaveText("Vul een alt-tekst in: wat is er op de afbeelding te zien?");
    await dialog.dialog.getByRole("button", { name: "Annuleren" }).click();

    await dialog.drop(editor, { name: "notities.png", mimeType: "image/png", buffer: Buffer.from("Dit is tekst, geen afbeelding.") });
    await dialog.upload("Geen echte afbeelding");
    await expect(dialog.fileError()).toContainText("Dit bestand is geen afbeelding die we kunnen gebruiken");
    await expect(dialog.alt()).toHaveValue("Geen echte afbeelding");
    expect(mediaCount()).toBe(before);
    await expect(editor.body.locator("img")).toHaveCount(0);
  });

  test("an image pasted from another site becomes a named placeholder: autosave still works, publishing is refused and names it", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const title = unique("Bericht met vreemd beeld");
    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.title().fill(title);
    await editor.lead().fill("Een intro.");
    await page.getByLabel("Rubriek").selectOption({ label: "Innovatie" });
    await editor.choosePerson("Contactpersoon zoeken", "Fatima El Amrani");
    await editor.body.click();
    await page.keyboard.type("Tekst boven het plaatje.");
    await pasteHtml(editor, '<p>Van elders:</p><img src="https://elders.example/grafiek.png" alt="Grafiek van elders"><img src="data:image/png;base64,iVBORw0KGgo=">');

    const placeholders = editor.body.locator(".foreign-image");
    await expect(placeholders).toHaveCount(2);
    await expect(placeholders.first()).toContainText("Afbeelding van een andere site: upload het bestand zelf");
    await expect(placeholders.first()).toContainText("“Grafiek van elders” (https://elders.example/grafiek.png)");
    await expect(placeholders.nth(1)).toContainText("ingeplakte afbeeldingsgegevens");
    await expect(editor.body.locator("img")).toHaveCount(0);

    // Saved automatically, placeholders and all: nothing typed is lost.
    const id = await editor.id();
    await expect.poll(() => storedBody(id), { timeout: 15_000 }).toContain('"foreignImage"');
    expect(storedBody(id)).toContain("Tekst boven het plaatje.");
    expect(storedBody(id)).not.toContain("data:image");

    await editor.submit("Publiceren");
    await expect(editor.message).toContainText("Publiceren kan nog niet: de tekst bevat 2 afbeeldingen van een andere site");
    await expect(editor.message).toContainText("“Grafiek van elders” (https://elders.example/grafiek.png)");
    expect(queryDatabase<{ status: string }>("select status from posts where id = ?", id)[0]!.status).toBe("draft");

    // Once both are gone, it publishes.
    // Click a placeholder and press Delete; after that the next one is already selected (as ProseMirror does), and
    // Delete alone removes it.
    for (const remaining of [1, 0]) {
      const next = placeholders.first();
      if (!/ProseMirror-selectednode/.test((await next.getAttribute("class")) ?? "")) await next.click();
      await expect(next).toHaveClass(/ProseMirror-selectednode/);
      await page.keyboard.press("Delete");
      await expect(placeholders).toHaveCount(remaining);
    }
    await editor.submit("Publiceren");
    // The status line, not the message: publishing a post first saved from "Nieuw bericht" re-renders the form.
    await expect(page.locator(".post-form__status")).toContainText("Status: Gepubliceerd");
    await expect.poll(() => queryDatabase<{ status: string }>("select status from posts where id = ?", id)[0]!.status).toBe("published");
  });
});

test.describe("the media picker", () => {
  test("finds an image beyond the first page, works by keyboard, and a staff photo is kept on the next save", async ({ browser }) => {
    test.setTimeout(90_000);
    const page = await pageAs(browser, "editor");
    const token = `Portret${crypto.randomBytes(3).toString("hex")}`;
    const tiny = (colour: string) => sharp({ create: { width: 32, height: 24, channels: 3, background: colour } }).png().toBuffer();
    const upload = async (alt: string, buffer: Buffer) => {
      const response = await page.request.post("/redactie/media/upload", {
        headers: { Accept: "application/json", Origin: new URL(page.url()).origin },
        multipart: { alt, caption: "", file: { name: "klein.png", mimeType: "image/png", buffer } },
      });
      expect(response.status()).toBe(200);
    };
    // The portrait first, then a full page of newer images: it is no longer on the first page.
    await upload(`${token} van een collega`, await tiny("#884422"));
    for (let i = 0; i < 25; i++) await upload(`Vulbeeld ${token.slice(-6)} ${i}`, await tiny(`#22${(40 + i).toString(16)}88`));

    await page.goto("/redactie/medewerkers/nieuw");
    await page.getByLabel("Naam").fill(`Collega ${token}`);
    await page.getByLabel("Functie").fill("Beleidsmedewerker");
    const picker = new MediaPicker(page);
    await page.getByRole("button", { name: "Afbeelding kiezen (Foto)" }).click();
    await expect(picker.list().getByRole("option").first()).toBeVisible();
    await expect(picker.option(`${token} van een collega`)).toHaveCount(0);
    await page.getByRole("button", { name: "Meer afbeeldingen" }).click();
    await expect(picker.option(`${token} van een collega`)).toHaveCount(1);

    // By keyboard: search, arrow down into the list, Enter chooses.
    await picker.search().fill(token);
    await expect(picker.list().getByRole("option")).toHaveCount(1);
    await picker.search().press("ArrowDown");
    await expect(picker.list()).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("group", { name: "Foto" })).toContainText(`${token} van een collega`);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("status")).toHaveText("De medewerker is aangemaakt.");
    const personId = Number(new URL(page.url()).pathname.split("/").pop());
    const photoId = () => queryDatabase<{ photo_id: number | null }>("select photo_id from people where id = ?", personId)[0]!.photo_id;
    const portrait = mediaWithAlt(`${token} van een collega`)[0]!.id;
    expect(photoId()).toBe(portrait);

    // Editing something else keeps the photo, though it is far from the newest image.
    await page.goto(`/redactie/medewerkers/${personId}`);
    await expect(page.getByRole("group", { name: "Foto" })).toContainText(`${token} van een collega`);
    await page.getByLabel("Functie").fill("Senior beleidsmedewerker");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("status")).toContainText("opgeslagen");
    expect(queryDatabase<{ job_title: string }>("select job_title from people where id = ?", personId)[0]!.job_title).toBe("Senior beleidsmedewerker");
    expect(photoId()).toBe(portrait);
  });

  test("an AVIF image uploads (libvips calls it heif) and is stored as AVIF", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const avif = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#335577" } }).avif().toBuffer();
    const alt = unique("Een AVIF-beeld");
    await page.goto("/redactie/media");
    await page.getByLabel("Afbeelding", { exact: true }).setInputFiles({ name: "beeld.avif", mimeType: "image/avif", buffer: avif });
    await page.getByLabel("Alt-tekst", { exact: true }).fill(alt);
    await page.getByRole("button", { name: "Uploaden" }).click();
    await expect(page.getByRole("status")).toHaveText(`Afbeelding “${alt}” is toegevoegd.`);
    expect(mediaWithAlt(alt).map((m) => m.mime_type)).toEqual(["image/avif"]);
    await expect(page.getByRole("img", { name: alt })).toBeVisible();
  });
});

test("the media search cannot be read without logging in", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await anonymous.get("/redactie/media/zoeken?q=a", { maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(response.status());
  expect(await response.text()).not.toContain('"items"');
  await anonymous.dispose();
});
