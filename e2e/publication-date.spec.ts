import { expect, test, type Page } from "@playwright/test";
import { referenceArticle } from "./demo-content";
import { ArticlePage } from "./pages/article-page";
import { PostEditor } from "./pages/post-editor";
import { formError, pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";

const FUTURE = "Deze datum ligt in de toekomst. Wilt u het bericht later laten verschijnen? Gebruik dan Inplannen.";
const EDITORS_ONLY = "Alleen redacteuren kunnen de publicatiedatum, 'bijgewerkt' en de rail instellen.";

/** Writes, dates and publishes a post as the editor on `page`; returns its id and public address. */
async function publishDated(page: Page, title: string, date: string, lead?: string): Promise<{ id: number; path: string }> {
  const editor = new PostEditor(page);
  await editor.writeComplete(title, { lead, section: "Onderzoek", contact: "Sanne de Wit" });
  await editor.publicationDate().fill(date);
  await editor.publish();
  const link = page.getByRole("link", { name: "Bekijk op de site" });
  return { id: await editor.id(), path: (await link.getAttribute("href"))! };
}

const postsTitled = (title: string) => queryDatabase<{ published_at: number | null }>("select published_at from posts where title = ?", title);

test.describe("the publication date", () => {
  test("an editor backdates the reference article to 20 juni 2025: the page, the feed and the JSON-LD show that date", async ({ browser, request }) => {
    const page = await pageAs(browser, "editor");
    const title = `${referenceArticle.title} (archief)`;
    const { id, path } = await publishDated(page, title, "20 juni 2025", referenceArticle.lead);

    const article = new ArticlePage(page);
    await article.goto(path);
    await expect(article.date).toHaveText("20 juni 2025");
    await expect(article.revised).toHaveCount(0);
    expect(await article.newsArticle()).toMatchObject({ datePublished: "2025-06-20T10:00:00.000Z", dateModified: "2025-06-20T10:00:00.000Z" });

    const feed = await (await request.get("/feed.xml")).text();
    const item = feed.split("<item>").find((i) => i.includes(title));
    expect(item, "the post is in /feed.xml").toBeDefined();
    expect(item).toContain("<pubDate>Fri, 20 Jun 2025 10:00:00 GMT</pubDate>");

    // The editor sees the date again as it is stored, and saving it unchanged keeps it.
    const editor = new PostEditor(page);
    await editor.open(id);
    await expect(editor.publicationDate()).toHaveValue("20 juni 2025, 12:00");
  });

  test("lists follow the publication date, not the order of writing", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const later = "Archief: Raad akkoord over onderzoeksbegroting";
    const earlier = "Archief: Commissie opent consultatie over onderwijsdata";
    await publishDated(page, later, "21-06-2025");
    // Written second, dated a day earlier: it must come after the first.
    await publishDated(page, earlier, "20-06-2025 09:00");
    await page.goto("/nieuws?jaar=2025");
    const titles = await page.locator(".post-card__title").allTextContents();
    expect(titles.indexOf(later)).toBeGreaterThanOrEqual(0);
    expect(titles.indexOf(earlier)).toBeGreaterThan(titles.indexOf(later));
  });

  test("'Bijgewerkt op' appears only when the editor marks an edit as substantive", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const title = "Archief: kabinet reageert op Europese kennisagenda";
    const { id, path } = await publishDated(page, title, "20 juni 2025");
    const editor = new PostEditor(page);
    const article = new ArticlePage(page);

    await editor.open(id);
    await editor.lead().fill("Een verbeterde intro, zonder inhoudelijke wijziging.");
    await editor.submit("Bijwerken");
    await expect(editor.message).toHaveText("Bijgewerkt. De wijzigingen staan nu op de site.");
    await article.goto(path);
    await expect(article.lead).toHaveText("Een verbeterde intro, zonder inhoudelijke wijziging.");
    await expect(article.revised).toHaveCount(0);

    await editor.open(id);
    await editor.lead().fill("Een intro met nieuwe feiten.");
    await editor.markRevised().check();
    await editor.submit("Bijwerken");
    await expect(editor.message).toHaveText("Bijgewerkt. De wijzigingen staan nu op de site.");
    await article.goto(path);
    const today = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" }).format(new Date());
    await expect(article.revised).toHaveText(`Bijgewerkt op ${today}`);
    await expect(article.date).toHaveText("20 juni 2025");
    const data = await article.newsArticle();
    expect(data.datePublished).toBe("2025-06-20T10:00:00.000Z");
    expect(Date.now() - Date.parse(String(data.dateModified))).toBeLessThan(5 * 60_000);
  });

  test("a wrong date is refused next to the field with the typed text kept; a future date points to scheduling", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    const title = "Archief: een bericht met een onmogelijke datum";
    await editor.openNew();
    await editor.title().fill(title);

    await editor.publicationDate().fill("31 juni 2025");
    await editor.submit("Opslaan");
    await expect(editor.fieldError("veld-publishedOn")).toContainText("Vul een datum in zoals 20-06-2025 of 20 juni 2025");
    await expect(editor.publicationDate()).toHaveValue("31 juni 2025");

    await editor.publicationDate().fill("1 januari 2099");
    await editor.submit("Opslaan");
    await expect(editor.fieldError("veld-publishedOn")).toContainText(FUTURE);
    await expect(editor.publicationDate()).toHaveValue("1 januari 2099");
    await expect(editor.title()).toHaveValue(title);
    // An autosave may have stored the draft before a date was typed; no date ever was.
    expect(postsTitled(title).every((p) => p.published_at === null)).toBe(true);
  });
});

test.describe("what an author cannot do", () => {
  test("an author sees no publication date or rail, and a save that carries them anyway is refused", async ({ browser }) => {
    const page = await pageAs(browser, "author");
    const editor = new PostEditor(page);
    const title = "Concept van een auteur met een verzonnen datum";
    await editor.openNew();
    await expect(editor.publicationDate()).toHaveCount(0);
    await expect(page.getByRole("group", { name: /Rail/ })).toHaveCount(0);
    await editor.title().fill(title);
    // What a hand-made request would carry: the fields an editor's form has.
    await page.locator("form.post-form").evaluate((form) => {
      for (const [name, value] of [["publishedOn", "20-06-2025"], ["railItems", JSON.stringify([{ kind: "link", url: "https://example.org", title: "x", label: "Uitgelicht" }])]]) {
        const input = document.createElement("input");
        Object.assign(input, { type: "hidden", name, value });
        form.append(input);
      }
    });
    await editor.submit("Opslaan");
    await expect(formError(page)).toContainText(EDITORS_ONLY);
    // Whether or not an autosave stored the draft before, no date and no rail were stored.
    expect(postsTitled(title).every((p) => p.published_at === null)).toBe(true);
    expect(queryDatabase("select r.id from post_rail_items r join posts p on p.id = r.post_id where p.title = ?", title)).toEqual([]);
  });
});
