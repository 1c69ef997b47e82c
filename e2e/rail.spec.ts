import { expect, test, type Page } from "@playwright/test";
import { demoPost } from "./demo-content";
import { ArticlePage } from "./pages/article-page";
import { PostEditor } from "./pages/post-editor";
import { pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";

const analysis = demoPost("micro-credentials-erkenning-in-de-praktijk");
const NOT_A_WEB_ADDRESS = "Alleen webadressen die beginnen met http:// of https:// kunnen in de rail.";

const railRows = (postId: number) => queryDatabase<{ label: string }>("select label from post_rail_items where post_id = ? order by position", postId);

/** Publishes the post open in the editor; returns its id and public address. */
async function publish(page: Page): Promise<{ id: number; path: string }> {
  const editor = new PostEditor(page);
  await editor.publish();
  return { id: await editor.id(), path: (await page.getByRole("link", { name: "Bekijk op de site" }).getAttribute("href"))! };
}

async function addLink(editor: PostEditor, n: number, { url, title, label, date }: { url: string; title: string; label: string; date?: string }) {
  const row = await editor.addRailItem(n);
  await row.getByLabel("Link naar een andere site").check();
  await row.getByLabel("Webadres").fill(url);
  await row.getByLabel("Titel van de link").fill(title);
  await row.getByLabel("Label", { exact: true }).selectOption(label);
  if (date) await row.getByLabel("Datum (niet verplicht)").fill(date);
}

/** An internal post, chosen from the list of recent published posts ("Title (Section)"). */
async function addPost(editor: PostEditor, n: number, { title, section, label }: { title: string; section: string; label: string }) {
  const row = await editor.addRailItem(n);
  await row.getByLabel("Bericht", { exact: true }).selectOption({ label: `${title} (${section})` });
  await row.getByLabel("Label", { exact: true }).selectOption(label);
}

test.describe("the curated rail", () => {
  test("an editor picks an internal post and an external link with their labels; readers see exactly those", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    await editor.writeComplete("Rail: nieuwe Europese onderzoeksagenda gepresenteerd");
    await addPost(editor, 1, { title: analysis.title, section: "Onderwijs", label: "Analyse" });
    await addLink(editor, 2, { url: "https://example.org/webinar-horizon", title: "Webinar over Horizon Europe", label: "Terugkijken", date: "20 juni 2025" });
    const own = await editor.addRailItem(3);
    await own.getByLabel("Link naar een andere site").check();
    await own.getByLabel("Webadres").fill("https://example.org/inschrijven");
    await own.getByLabel("Titel van de link").fill("Netwerkdag Brussel");
    await own.getByLabel("Label", { exact: true }).selectOption("Eigen label…");
    await own.getByLabel("Eigen label item 3").fill("Doe mee");
    const { id, path } = await publish(page);
    expect(railRows(id).map((r) => r.label)).toEqual(["Analyse", "Terugkijken", "Doe mee"]);

    const article = new ArticlePage(page);
    await article.goto(path);
    await expect(article.rail.getByRole("listitem")).toHaveCount(3);
    await expect(article.railItem("Analyse")).toHaveAttribute("href", analysis.path);
    await expect(article.railItem("Analyse")).toContainText(analysis.title);
    await expect(article.railItem("Terugkijken")).toHaveAttribute("href", "https://example.org/webinar-horizon");
    await expect(article.railItem("Terugkijken")).toContainText("Webinar over Horizon Europe 20 juni 2025");
    await expect(article.railItem("Doe mee")).toHaveAttribute("href", "https://example.org/inschrijven");
    // The automatic items give way to the editor's choice.
    await expect(article.railItem("Registreer nu")).toHaveCount(0);
  });

  test("an item pointing to a post that is no longer published is not shown", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    const targetTitle = "Rail: bericht dat later wordt teruggetrokken";
    await editor.writeComplete(targetTitle);
    const target = await publish(page);

    await editor.writeComplete("Rail: bericht dat ernaar verwijst");
    await addPost(editor, 1, { title: targetTitle, section: "Innovatie", label: "Uitgelicht" });
    await addLink(editor, 2, { url: "https://example.org/analyse", title: "Analyse elders", label: "Analyse" });
    const { path } = await publish(page);
    const article = new ArticlePage(page);
    await article.goto(path);
    await expect(article.railItem("Uitgelicht")).toHaveAttribute("href", target.path);

    await editor.open(target.id);
    await editor.submit("Depubliceren");
    await article.goto(path);
    await expect(article.railItem("Analyse")).toBeVisible();
    await expect(article.railItem("Uitgelicht")).toHaveCount(0);
    await expect(article.rail).not.toContainText(targetTitle);
  });

  test("a javascript: address is refused next to its field, with everything typed kept and nothing saved", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    const title = "Rail: een link die script probeert";
    await editor.openNew();
    await editor.title().fill(title);
    await addLink(editor, 1, { url: "javascript:alert(document.cookie)", title: "Klik hier", label: "Uitgelicht" });
    await editor.submit("Opslaan");
    await expect(editor.fieldError("veld-rail-0-url")).toHaveText(NOT_A_WEB_ADDRESS);
    const row = editor.railItem(1);
    await expect(row.getByLabel("Webadres")).toHaveValue("javascript:alert(document.cookie)");
    await expect(row.getByLabel("Titel van de link")).toHaveValue("Klik hier");
    await expect(editor.title()).toHaveValue(title);
    // An autosave may have stored the draft before the link was typed; the address itself never was.
    expect(queryDatabase("select id from post_rail_items where url like '%javascript%'")).toEqual([]);
  });
});

test.describe("the automatic rail", () => {
  test("calls a webinar still to come 'Aanmelden', never 'Terugkijken'", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    const title = "Webinar: de Europese Onderwijsruimte in 2030";
    await editor.writeComplete(title);
    await page.getByLabel("Soort").selectOption("webinar");
    const inTwoWeeks = new Date(Date.now() + 14 * 24 * 3600_000).toISOString().slice(0, 10);
    await page.getByLabel("Datum en tijd").fill(`${inTwoWeeks}T14:00`);
    await page.getByLabel("Aanmeldlink").fill("https://example.org/aanmelden");
    const webinar = await publish(page);
    try {
      // Any article without a curated rail shows the newest webinar.
      const article = new ArticlePage(page);
      await article.goto(analysis.path);
      const item = article.rail.locator('[data-promoted="webinar"]');
      await expect(item).toContainText(`Aanmelden: ${title}`);
      await expect(article.railItem("Terugkijken")).toHaveCount(0);
    } finally {
      // Other tests expect the demo's recorded webinar in this place again.
      await editor.open(webinar.id);
      await editor.submit("Depubliceren");
    }
  });
});
