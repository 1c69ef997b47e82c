import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PostEditor } from "./pages/post-editor";
import { VersionsPage } from "./pages/versions-page";
import { pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

const unique = () => crypto.randomBytes(3).toString("hex");
const versionOf = (postId: number, lead: string) =>
  queryDatabase<{ version: number }>("select version from revisions where post_id = ? and lead = ? order by version desc", postId, lead)[0]!.version;

test.describe("small things staff notice", () => {
  test("the word count is right as soon as a post is opened", async ({ browser }) => {
    const page = await pageAs(browser, "author");
    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.title().fill(`Woorden tellen ${unique()}`);
    await editor.body.click();
    await page.keyboard.type("Een twee drie vier vijf zes zeven.");
    await expect(editor.wordCount()).toHaveText("7 woorden");
    await editor.submit("Opslaan");
    const id = await editor.id();
    await editor.open(id);
    await expect(editor.wordCount()).toHaveText("7 woorden");
  });

  test("the short-URL hint shows the section chosen now", async ({ browser }) => {
    const page = await pageAs(browser, "author");
    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.title().fill("Rubriek in het adres");
    const hint = page.locator("#veld-slug-hint");
    await expect(hint).toContainText("/rubriek/rubriek-in-het-adres");
    await page.getByLabel("Rubriek").selectOption({ label: "Innovatie" });
    await expect(hint).toContainText("/innovatie/rubriek-in-het-adres");
    await page.getByLabel("Rubriek").selectOption({ label: "Onderwijs" });
    await expect(hint).toContainText("/onderwijs/rubriek-in-het-adres");
  });

  test("a new post whose title is taken gets a free suffix, but a taken slug typed by hand is refused", async ({ browser }) => {
    const page = await pageAs(browser, "author");
    const editor = new PostEditor(page);
    const title = `Dubbele titel ${unique()}`;
    const slug = title.toLowerCase().replace(/ /g, "-");
    await editor.openNew();
    await editor.title().fill(title);
    await editor.submit("Opslaan");
    await expect(editor.message).toHaveText("Opgeslagen.");

    await editor.openNew();
    await editor.title().fill(title);
    await editor.submit("Opslaan");
    await expect(editor.message).toHaveText("Opgeslagen.");
    await expect(editor.slug()).toHaveValue(`${slug}-2`);
    const id = await editor.id();
    expect(queryDatabase<{ slug: string }>("select slug from posts where id = ?", id)[0]!.slug).toBe(`${slug}-2`);

    await editor.openNew();
    await editor.title().fill(`Een andere titel ${unique()}`);
    await editor.slug().fill(slug);
    await editor.submit("Opslaan");
    await expect(page.locator("#veld-slug-fout")).toHaveText("Deze korte URL is al in gebruik. Kies een andere.");
    await expect(editor.slug()).toHaveValue(slug);
    expect(queryDatabase<{ n: number }>("select count(*) as n from posts where slug like ?", `${slug}%`)[0]!.n).toBe(2);
  });

  test("two versions are compared word by word, and restoring one asks first (also without JavaScript)", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.title().fill(`Versies vergelijken ${unique()}`);
    await editor.lead().fill("Het netwerk start in juni.");
    await editor.submit("Opslaan");
    const id = await editor.id();
    await editor.lead().fill("Het Europese netwerk start in juli.");
    await editor.submit("Opslaan");
    await expect(editor.message).toHaveText("Opgeslagen.");
    const older = versionOf(id, "Het netwerk start in juni.");
    const newer = versionOf(id, "Het Europese netwerk start in juli.");

    const versions = new VersionsPage(page);
    await versions.open(id);
    await versions.compare(older, newer);
    const intro = versions.field("Intro");
    // Marked by element and in words for screen readers (visually hidden), not by colour alone.
    await expect(intro.locator("ins")).toHaveCount(2);
    await expect(intro.locator("ins")).toContainText(["[ingevoegd: Europese", "[ingevoegd: juli."]);
    await expect(intro.locator("del")).toHaveCount(1);
    await expect(intro.locator("del")).toContainText(["[verwijderd: juni."]);
    await expect(versions.field("Titel")).toContainText("Geen verschillen.");
    await expectNoAxeViolations(page);
    // The confirmation step passes axe too.
    await page.getByRole("link", { name: `Versie ${older} terugzetten…` }).click();
    await expect(page.getByRole("heading", { name: `Versie ${older} terugzetten?` })).toBeVisible();
    await expectNoAxeViolations(page);

    // Restoring asks first; "Nee" changes nothing. Done without JavaScript, as the confirmation is a page.
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const plain = await noScript.newPage();
    const plainVersions = new VersionsPage(plain);
    await plainVersions.open(id);
    await plain.getByRole("link", { name: `Versie ${older} terugzetten…` }).click();
    await expect(plain.getByRole("heading", { name: `Versie ${older} terugzetten?` })).toBeVisible();
    await plain.getByRole("link", { name: "Nee, annuleren" }).click();
    expect(queryDatabase<{ lead: string }>("select lead from posts where id = ?", id)[0]!.lead).toBe("Het Europese netwerk start in juli.");

    await plain.getByRole("link", { name: `Versie ${older} terugzetten…` }).click();
    await plain.getByRole("button", { name: `Ja, versie ${older} terugzetten` }).click();
    await expect(plain.getByRole("status").filter({ hasText: `Versie ${older} is teruggezet.` })).toBeVisible();
    expect(queryDatabase<{ lead: string }>("select lead from posts where id = ?", id)[0]!.lead).toBe("Het netwerk start in juni.");
    await noScript.close();
  });
});
