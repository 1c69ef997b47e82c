import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { MediaPicker } from "./pages/media-picker";
import { PostEditor } from "./pages/post-editor";
import { logInWith, pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { fixture } from "./support/media";
import { askQuestion, expectSent, readerPage, uniqueEmail } from "./support/questions";
import { createUser } from "./support/users";

// Known XSS payloads, saved through the real forms by the people who control each field, then rendered in every
// place the field appears. Each payload, if it ever ran, would set window.__xss or open a dialog.
const RUN = "window.__xss=1";
const SCRIPT = `<script>${RUN}</script>`;
const IMG = `<img src=x onerror=${RUN}>`;
const SVG = `<svg onload=${RUN}>`;
const ALERT = "<img src=x onerror=alert(1)>";
const QUOTES = `"'><img src=x onerror=${RUN}>`;
const SCRIPT_CLOSE = `</script><script>${RUN}</script>`;
// Two CDATA ends: an escaper that only handles the first one leaves the second to break a feed.
const CDATA = "]]> en ]]>";

const token = `Hostiel${crypto.randomBytes(3).toString("hex")}`;
const hostile = {
  title: `${token} kop ${QUOTES} ${SCRIPT_CLOSE} ${CDATA} ${SVG}`,
  lead: `Intro ${token} ${SCRIPT} ${IMG} ${CDATA} javascript:${RUN} ${SCRIPT_CLOSE}`,
  body: `Tekst ${token} ${SCRIPT} ${ALERT} ${QUOTES}`,
  seoTitle: `SEO ${token} ${SCRIPT_CLOSE} ${QUOTES}`,
  seoDescription: `Omschrijving ${token} ${SCRIPT_CLOSE} ${QUOTES} ${CDATA}`,
  eventLocation: `Zaal ${token} ${QUOTES} ${SVG}`,
  registrationUrl: `https://example.org/?a="><script>${RUN}</script>`,
  personName: `${token} Persoon ${IMG}`,
  jobTitle: `Functie ${QUOTES} ${SVG}`,
  bio: `Bio ${token} ${SCRIPT_CLOSE} ${ALERT} ${CDATA}`,
  alt: `Alt ${token} ${QUOTES}`,
  caption: `Bijschrift ${token} ${SCRIPT_CLOSE} ${SVG}`,
  userName: `${token} Gebruiker ${QUOTES}`,
  questionName: `${token} Lezer ${QUOTES}`,
  organisation: `Organisatie ${SCRIPT_CLOSE} ${SVG}`,
  message: `Vraag ${token} ${SCRIPT} ${ALERT} ${QUOTES} ${CDATA}`,
  search: `${token} ${QUOTES} ${SCRIPT_CLOSE}`,
};

/** Every script-free symptom of a payload that escaped: the marker, a dialog, or a live handler attribute. */
/** No marker set, no event-handler attribute and no javascript: link on the page as it stands. */
async function expectNoPayloadRan(page: Page, where: string) {
  const found = await page.evaluate(() => ({
    marker: (window as unknown as { __xss?: unknown }).__xss ?? null,
    handlers: document.querySelectorAll("[onerror], [onload], [onclick], [onmouseover]").length,
    // React marks a form whose action is a function with its own javascript: URL ("A React form was unexpectedly
    // submitted"); that one is the framework's, not a payload.
    javascriptLinks: [...document.querySelectorAll("a[href], form[action]")].filter((el) => {
      const url = el.getAttribute("href") ?? el.getAttribute("action") ?? "";
      return /^\s*javascript:/i.test(url) && !/^javascript:throw new Error\('A React form was unexpectedly submitted/.test(url);
    }).length,
  }));
  expect.soft(found, `no payload ran or became markup on ${where}`).toEqual({ marker: null, handlers: 0, javascriptLinks: 0 });
}

function watch(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    // Leaving the editor may ask first; that question is the page's own, not a payload's.
    if (dialog.type() === "beforeunload") return void dialog.accept();
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return async (path: string, { mustShow = true } = {}) => {
    await test.step(`visit ${path}`, async () => {
      const response = await page.goto(path);
      expect.soft(response?.status(), path).toBeLessThan(400);
      await page.waitForLoadState("load");
      // Give broken images a moment to fire their onerror.
      await page.waitForTimeout(250);
      await expectNoPayloadRan(page, path);
      expect.soft(dialogs, `no dialog on ${path}`).toEqual([]);
      // Not vacuous: the hostile text is on the page, as text.
      if (mustShow) expect.soft(await page.content(), `the hostile text is shown on ${path}`).toContain(token);
    });
  };
}

/** Parses a feed in the browser; a parser error means the XML is not well-formed. */
async function expectWellFormedFeed(page: Page, path: string, titleSelector: string) {
  await test.step(`feed ${path}`, async () => {
    const response = await page.request.get(path);
    expect.soft(response.status(), path).toBe(200);
    const xml = await response.text();
    const result = await page.evaluate(
      ({ xml, titleSelector }) => {
        const doc = new DOMParser().parseFromString(xml, "application/xml");
        const error = doc.getElementsByTagName("parsererror")[0];
        return { error: error?.textContent ?? null, titles: [...doc.querySelectorAll(titleSelector)].map((t) => t.textContent) };
      },
      { xml, titleSelector },
    );
    expect.soft(result.error, `${path} is well-formed XML`).toBeNull();
    expect.soft(result.titles, `${path} carries the title exactly`).toContain(hostile.title);
  });
}

test("hostile text in every field a reader or staff member controls never runs, wherever it is shown", async ({ browser }) => {
  test.setTimeout(240_000);

  // The admin creates the author whose name is hostile.
  const admin = await pageAs(browser, "admin");
  const author = await createUser(admin, "Auteur");
  await admin.context().close();
  const authorPage = await (await browser.newContext()).newPage();
  await logInWith(authorPage, author);
  await authorPage.goto("/redactie/account");
  await authorPage.getByRole("textbox", { name: "Naam" }).fill(hostile.userName);
  await authorPage.getByRole("button", { name: "Naam opslaan" }).click();
  await expect(authorPage.getByRole("status")).toHaveText("Uw naam is opgeslagen.");

  // An editor uploads an image with a hostile alt text and caption, and adds a colleague with hostile fields.
  const editorPage = await pageAs(browser, "editor");
  await editorPage.goto("/redactie/media");
  await editorPage.getByLabel("Afbeelding", { exact: true }).setInputFiles(fixture("landscape.png"));
  await editorPage.getByLabel("Alt-tekst", { exact: true }).fill(hostile.alt);
  await editorPage.getByLabel("Bijschrift (niet verplicht)").fill(hostile.caption);
  await editorPage.getByRole("button", { name: "Uploaden" }).click();
  await expect(editorPage.getByRole("status")).toContainText("is toegevoegd.");

  await editorPage.goto("/redactie/medewerkers/nieuw");
  await editorPage.getByLabel("Naam").fill(hostile.personName);
  await editorPage.getByLabel("Functie").fill(hostile.jobTitle);
  await editorPage.getByLabel("Korte bio").fill(hostile.bio);
  await new MediaPicker(editorPage).chooseFor("Foto", token, hostile.alt);
  await editorPage.getByRole("button", { name: "Opslaan" }).click();
  await expect(editorPage.getByRole("status")).toHaveText("De medewerker is aangemaakt.");
  const personId = Number(new URL(editorPage.url()).pathname.split("/").pop());
  const personSlug = queryDatabase<{ slug: string }>("select slug from people where id = ?", personId)[0]!.slug;

  // The author writes an event with hostile text in every field; the slug and a javascript: link are refused.
  const editor = new PostEditor(authorPage);
  await editor.openNew();
  await editor.title().fill(hostile.title);
  await editor.slug().fill(`x${QUOTES}`);
  await editor.lead().fill(hostile.lead);
  await authorPage.getByLabel("Rubriek").selectOption({ label: "Onderzoek" });
  await authorPage.getByLabel("Soort").selectOption({ label: "Evenement" });
  await new MediaPicker(authorPage).chooseFor("Uitgelichte afbeelding", token, hostile.alt);
  await authorPage.getByLabel("Datum en tijd").fill(`${new Date().getFullYear() + 1}-06-01T14:00`);
  await authorPage.getByLabel("Locatie").fill(hostile.eventLocation);
  await authorPage.getByLabel("Aanmeldlink").fill(`javascript:${RUN}`);
  await authorPage.getByLabel("SEO-titel").fill(hostile.seoTitle);
  await authorPage.getByLabel("SEO-omschrijving").fill(hostile.seoDescription);
  await editor.body.click();
  await authorPage.keyboard.type(hostile.body);
  const contact = authorPage.getByRole("combobox", { name: "Contactpersoon zoeken" });
  await contact.fill(token);
  await authorPage.getByRole("listbox", { name: "Contactpersoon zoeken" }).getByRole("option").filter({ hasText: token }).first().click();
  await editor.submit("Opslaan");
  await expect(authorPage.locator("#veld-slug-fout")).toContainText("alleen kleine letters");
  await expect(authorPage.locator("#veld-registrationUrl-fout")).toContainText("begint met https://");
  await editor.slug().fill("");
  await authorPage.getByLabel("Aanmeldlink").fill(hostile.registrationUrl);
  await editor.submit("Opslaan");
  const postId = await editor.id();

  // An editor publishes it.
  const publisher = new PostEditor(editorPage);
  await publisher.open(postId);
  await publisher.submit("Publiceren");
  await expect(editorPage.locator(".post-form__status")).toContainText("Status: Gepubliceerd");
  const post = queryDatabase<{ slug: string; title: string }>("select slug, title from posts where id = ?", postId)[0]!;
  expect(post.title).toBe(hostile.title);
  const articlePath = `/onderzoek/${post.slug}`;

  // A reader asks a question with hostile fields on the article.
  const reader = await readerPage(browser);
  const readerEmail = uniqueEmail("hostiel");
  await reader.goto(articlePath);
  await reader.getByRole("complementary", { name: "Contactpersoon" }).getByRole("link", { name: "Stel uw vraag" }).click();
  await askQuestion(reader, { name: hostile.questionName, email: readerEmail, organisation: hostile.organisation, message: hostile.message });
  await expectSent(reader);
  const questionId = queryDatabase<{ id: number }>("select id from questions where email = ?", readerEmail)[0]!.id;

  // Public pages, as a visitor.
  const visitor = await (await browser.newContext()).newPage();
  const visitPublic = watch(visitor);
  await visitPublic(articlePath);
  await test.step("the article's JSON-LD stays JSON and holds the title as data", async () => {
    const blocks = await visitor.locator('script[type="application/ld+json"]').allTextContents();
    expect.soft(blocks.length).toBeGreaterThan(0);
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === "string") strings.push(v);
      else if (v && typeof v === "object") Object.values(v).forEach(collect);
    };
    for (const block of blocks) collect(JSON.parse(block));
    expect.soft(strings).toContain(hostile.title);
  });
  await test.step("the Open Graph image is an image", async () => {
    const ogImage = await visitor.locator('meta[property="og:image"]').first().getAttribute("content");
    expect.soft(ogImage).toBeTruthy();
    const response = await visitor.request.get(ogImage!);
    expect.soft(response.status()).toBe(200);
    expect.soft(response.headers()["content-type"]).toMatch(/^image\//);
  });
  await visitPublic("/onderzoek");
  await visitPublic("/agenda");
  await visitPublic("/", { mustShow: false });
  await visitPublic("/nieuws", { mustShow: false });
  await visitPublic(`/zoeken?q=${encodeURIComponent(token)}`);
  await visitPublic(`/zoeken?q=${encodeURIComponent(hostile.search)}`);
  await visitPublic("/medewerkers");
  await visitPublic(`/medewerkers/${personSlug}`);
  await expectWellFormedFeed(visitor, "/feed.xml", "item > title");
  await expectWellFormedFeed(visitor, "/atom.xml", "entry > title");
  await expectWellFormedFeed(visitor, "/onderzoek/feed.xml", "item > title");
  await expectWellFormedFeed(visitor, "/onderzoek/atom.xml", "entry > title");

  // The dashboard, as the editor, the author and the admin.
  const visitStaff = watch(editorPage);
  await visitStaff("/redactie", { mustShow: false });
  await visitStaff("/redactie/berichten");
  await visitStaff(`/redactie/berichten?q=${encodeURIComponent(hostile.search)}`, { mustShow: false });
  await visitStaff(`/redactie/berichten/${postId}`);
  await visitStaff(`/redactie/berichten/${postId}/voorbeeld`);
  await visitStaff(`/redactie/berichten/${postId}/versies`);
  const revisionId = queryDatabase<{ id: number }>("select id from revisions where post_id = ? order by version desc", postId)[0]!.id;
  await visitStaff(`/redactie/berichten/${postId}/versies?versie=${revisionId}`);
  await visitStaff("/redactie/medewerkers");
  await visitStaff(`/redactie/medewerkers/${personId}`);
  await visitStaff("/redactie/media");
  await visitStaff(`/redactie/media?q=${encodeURIComponent(hostile.search)}`, { mustShow: false });
  await visitStaff("/redactie/vragen", { mustShow: false });
  await visitStaff(`/redactie/vragen/${questionId}`);
  await test.step("the privacy lookup shows the question's excerpt as text", async () => {
    await visitStaff("/redactie/vragen/privacy", { mustShow: false });
    await editorPage.getByLabel("E-mailadres").fill(readerEmail);
    await editorPage.getByRole("button", { name: "Zoeken" }).click();
    await expect(editorPage.getByRole("region", { name: `Gevonden voor ${readerEmail}` })).toContainText("1 vraag");
    await editorPage.waitForTimeout(250);
    await expectNoPayloadRan(editorPage, "the privacy lookup");
  });
  const visitAsAuthor = watch(authorPage);
  await visitAsAuthor("/redactie");
  const adminPage = await pageAs(browser, "admin");
  await watch(adminPage)("/redactie/gebruikers");
});
