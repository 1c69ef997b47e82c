import { expect, test, type Page } from "@playwright/test";
import { toAmsterdamInput } from "../lib/dates";
import { MediaPicker } from "./pages/media-picker";
import { PostEditor } from "./pages/post-editor";
import { pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { uploadImage } from "./support/media";

const postStatus = (id: number) => queryDatabase<{ status: string }>("select status from posts where id = ?", id)[0]?.status;

/** Fills everything the publish checklist asks for. */
const writeCompletePost = (page: Page, title: string) => new PostEditor(page).writeComplete(title);

test.describe("writing and publishing", () => {
  test("an author writes a full post and submits it; an editor publishes it; readers see all of it", async ({ browser }) => {
    test.setTimeout(90_000);
    const author = await pageAs(browser, "author");
    await uploadImage(author, "Studenten in een collegezaal");
    const editor = new PostEditor(author);
    await editor.openNew();
    await editor.title().fill("Nieuwe Europese regels voor stages");
    await expect(editor.slug()).toHaveValue("nieuwe-europese-regels-voor-stages");
    await editor.lead().fill("Brussel wil stagiairs beter beschermen. Wat betekent dat voor onderwijsinstellingen?");
    await author.getByLabel("Rubriek").selectOption({ label: "Onderwijs" });

    await editor.body.click();
    await editor.tool("Kop");
    await author.keyboard.type("Wat verandert er?");
    await author.keyboard.press("Enter");
    await author.keyboard.type("De richtlijn is ");
    await editor.tool("Vet");
    await author.keyboard.type("bindend");
    await editor.tool("Vet");
    await author.keyboard.type(" voor alle lidstaten. Lees het voorstel");
    for (let i = 0; i < "Lees het voorstel".length; i++) await author.keyboard.press("Shift+ArrowLeft");
    await editor.tool("Link");
    await author.getByLabel("Webadres").fill("https://example.org/voorstel");
    await author.getByRole("button", { name: "Link opslaan" }).click();
    await editor.body.press("End");
    await author.keyboard.press("Enter");
    await editor.tool("Opsomming");
    await author.keyboard.type("Een eerlijke vergoeding");
    await author.keyboard.press("Enter");
    await author.keyboard.type("Een schriftelijke stageovereenkomst");
    await author.keyboard.press("Enter");
    await author.keyboard.press("Enter");
    await editor.tool("Afbeelding invoegen");
    await new MediaPicker(author).pick("Studenten in een collegezaal");
    await expect(author.getByLabel("Alt-tekst (verplicht)")).toHaveValue("Studenten in een collegezaal");
    await author.getByLabel("Bijschrift (niet verplicht)").fill("Foto: archief");
    await author.getByRole("button", { name: "Invoegen", exact: true }).click();
    await expect(author.getByText(/\d+ woorden/)).toBeVisible();

    await editor.choosePerson("Contactpersoon zoeken", "Joris van Dam");
    await editor.choosePerson("Co-auteur toevoegen", "Fatima El Amrani");
    await editor.choosePerson("Co-auteur toevoegen", "Daan Visser");
    await expect(author.getByRole("button", { name: "Publiceren" })).toHaveCount(0);
    await editor.submit("Ter beoordeling aanbieden");
    await expect(editor.message).toContainText("Ter beoordeling aangeboden");
    const id = await editor.id();
    expect(postStatus(id)).toBe("in_review");

    const editorPage = await pageAs(browser, "editor");
    const reviewer = new PostEditor(editorPage);
    await reviewer.open(id);
    await reviewer.submit("Publiceren");
    await expect(reviewer.message).toContainText("Gepubliceerd");

    const reader = await browser.newPage();
    await reader.goto("/onderwijs/nieuwe-europese-regels-voor-stages");
    const article = reader.locator("article");
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Nieuwe Europese regels voor stages");
    await expect(article.locator(".article__lead")).toHaveText(/^Brussel wil stagiairs/);
    await expect(article.locator(".rich-text h2")).toHaveText("Wat verandert er?");
    await expect(article.locator(".rich-text strong")).toHaveText("bindend");
    await expect(article.getByRole("link", { name: "Lees het voorstel" })).toHaveAttribute("href", "https://example.org/voorstel");
    await expect(article.locator(".rich-text li")).toHaveText(["Een eerlijke vergoeding", "Een schriftelijke stageovereenkomst"]);
    await expect(article.locator(".rich-text figure img")).toHaveAttribute("alt", "Studenten in een collegezaal");
    await expect(article.locator(".rich-text figcaption")).toHaveText("Foto: archief");
    await expect(reader.getByRole("complementary", { name: "Contactpersoon" })).toContainText("Joris van Dam");
    await expect(article.getByText(/^Mede geschreven door/)).toHaveText("Mede geschreven door Fatima El Amrani en Daan Visser.");

    const image = await reader.request.get((await article.locator(".rich-text figure img").getAttribute("src"))!);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/webp");
    expect(image.headers()["cache-control"]).toContain("immutable");
  });

  test("publishing names the missing fields", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.title().fill("Alleen een titel");
    await editor.submit("Publiceren");
    await expect(editor.message).toHaveText("Publiceren kan nog niet. Vul eerst in: rubriek, intro, tekst en contactpersoon.");
    await expect(editor.title()).toHaveValue("Alleen een titel");
  });

  test("editing the title of a published post updates the public page, and the old address redirects", async ({ browser }) => {
    const oldPath = "/innovatie/digitale-vaardigheden-actieplan-halverwege";
    const reader = await browser.newPage();
    expect((await reader.goto(oldPath))?.status()).toBe(200); // now in the cache
    const { id } = queryDatabase<{ id: number }>("select id from posts where slug = 'digitale-vaardigheden-actieplan-halverwege'")[0]!;
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    await editor.open(id);
    await editor.title().fill("Actieplan digitale vaardigheden: het doel is nog ver weg");
    await editor.slug().fill("actieplan-digitale-vaardigheden-doel-ver-weg");
    await editor.submit("Bijwerken");
    await expect(editor.message).toHaveText("Bijgewerkt. De wijzigingen staan nu op de site.");

    const response = await reader.goto(oldPath);
    expect(response?.status()).toBe(200);
    await expect(reader).toHaveURL(/\/innovatie\/actieplan-digitale-vaardigheden-doel-ver-weg$/);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Actieplan digitale vaardigheden: het doel is nog ver weg");
    await reader.goto("/innovatie");
    await expect(reader.getByRole("link", { name: "Actieplan digitale vaardigheden: het doel is nog ver weg" })).toBeVisible();
  });

  test("a scheduled post appears on its own after its time", async ({ browser, request }) => {
    const page = await pageAs(browser, "editor");
    const editor = await writeCompletePost(page, "Ingepland bericht over de innovatieagenda");
    const at = new Date(Date.now() + 6_000);
    await page.getByLabel("Publicatiemoment").fill(`${toAmsterdamInput(at)}:${String(at.getSeconds()).padStart(2, "0")}`);
    await editor.submit("Inplannen");
    await expect(editor.message).toContainText("Ingepland");
    const path = "/innovatie/ingepland-bericht-over-de-innovatieagenda";
    expect((await request.get(path)).status()).toBe(404);
    await expect.poll(async () => (await request.get(path)).status(), { timeout: 30_000, intervals: [1_000] }).toBe(200);
    await expect.poll(async () => (await request.get("/")).text(), { timeout: 10_000 }).toContain("Ingepland bericht over de innovatieagenda");
  });
});

test.describe("safety of work", () => {
  test("when two people edit one post, the later save is refused with a clear message", async ({ browser }) => {
    const first = await pageAs(browser, "editor");
    const firstEditor = await writeCompletePost(first, "Bericht voor twee redacteuren");
    await firstEditor.submit("Opslaan");
    const id = await firstEditor.id();
    const second = await pageAs(browser, "admin");
    const secondEditor = new PostEditor(second);
    await secondEditor.open(id);

    await firstEditor.lead().fill("Door de eerste redacteur aangepast.");
    await firstEditor.submit("Opslaan");
    await expect(firstEditor.message).toHaveText("Opgeslagen.");
    await secondEditor.lead().fill("Door de tweede redacteur aangepast.");
    await secondEditor.submit("Opslaan");
    await expect(secondEditor.message).toContainText("Iemand anders heeft dit bericht intussen opgeslagen");
    await expect(secondEditor.lead()).toHaveValue("Door de tweede redacteur aangepast.");
    expect(queryDatabase<{ lead: string }>("select lead from posts where id = ?", id)[0]!.lead).toBe("Door de eerste redacteur aangepast.");
  });

  test("drafts are saved automatically a few seconds after typing stops", async ({ browser }) => {
    const page = await pageAs(browser, "author");
    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.title().fill("Automatisch bewaard concept");
    await expect(editor.saveState).toHaveText("Niet-opgeslagen wijzigingen");
    await expect(editor.saveState).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/, { timeout: 10_000 });
    const id = await editor.id();
    expect(queryDatabase<{ title: string }>("select title from posts where id = ?", id)[0]!.title).toBe("Automatisch bewaard concept");
  });

  test("an earlier version can be restored", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = await writeCompletePost(page, "Bericht met versies");
    await editor.lead().fill("De eerste versie van de intro.");
    await editor.submit("Opslaan");
    const id = await editor.id();
    await editor.lead().fill("De tweede versie van de intro.");
    await editor.submit("Opslaan");
    await expect(editor.message).toHaveText("Opgeslagen.");

    await page.goto(`/redactie/berichten/${id}/versies`);
    const firstVersion = queryDatabase<{ version: number }>("select version from revisions where post_id = ? and lead = ? order by version desc", id, "De eerste versie van de intro.")[0]!.version;
    await page.getByRole("link", { name: `Versie ${firstVersion} bekijken` }).click();
    await expect(page.getByRole("region", { name: new RegExp(`^Versie ${firstVersion}`) })).toContainText("De eerste versie van de intro.");
    await page.getByRole("link", { name: `Versie ${firstVersion} terugzetten…` }).click();
    await page.getByRole("button", { name: `Ja, versie ${firstVersion} terugzetten` }).click();
    await expect(page.getByRole("status").filter({ hasText: "teruggezet" })).toBeVisible();
    await editor.open(id);
    await expect(editor.lead()).toHaveValue("De eerste versie van de intro.");
  });

  test("text pasted from Word keeps headings, lists, bold, italic and links and loses the rest", async ({ browser }) => {
    const page = await pageAs(browser, "author");
    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.body.click();
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{color:red}</style></head><body>
      <h1 style="color:#C00000;font-family:Calibri">Koptekst uit Word</h1>
      <p class="MsoNormal"><span style="color:red;font-size:20pt">Rood en <b>vet</b> en <i>schuin</i> met <a href="https://example.org/bron">een bron</a> en <u>onderstreept</u>.<o:p></o:p></span></p>
      <p class="MsoListParagraphCxSpFirst" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;</span></span>Eerste punt</p>
      <p class="MsoListParagraphCxSpLast" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;</span></span>Tweede punt</p>
      </body></html>`;
    await editor.body.evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", "Koptekst uit Word");
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, word);
    await expect(editor.body.locator("h2")).toHaveText("Koptekst uit Word");
    await expect(editor.body.locator("strong")).toHaveText("vet");
    await expect(editor.body.locator("em")).toHaveText("schuin");
    await expect(editor.body.locator("a")).toHaveAttribute("href", "https://example.org/bron");
    await expect(editor.body.locator("ul li")).toHaveText(["Eerste punt", "Tweede punt"]);
    expect(await editor.body.innerHTML()).not.toMatch(/style=|color|<u>|MsoNormal|font-size/);
  });
});
