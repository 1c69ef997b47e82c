import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { demoPost, referenceArticle } from "./demo-content";
import { logIn } from "./support/accounts";
import { queryDatabase } from "./support/database";

// Layout at the widths people use, screenshots for people to look at (written on every run, never compared),
// and what each kind of page loads.

const WIDTHS = [320, 390, 768, 1280];
const SCREENSHOT_WIDTHS = new Set([390, 1280]);
const SCREENSHOTS = path.join(process.cwd(), "screenshots");
// The reference article's title: one of its words is longer than a phone is wide at this font size.
const REFERENCE_TITLE = "Nieuw EU-netwerk verbindt onderwijs en industrie voor betere cybersecurityvaardigheden";

const PUBLIC_PAGES: [string, string][] = [
  ["home", "/"],
  ["section", "/onderzoek"],
  ["article", referenceArticle.path],
  ["event", demoPost("event-de-europese-begroting-en-de-kennissector").path],
  ["news", "/nieuws"],
  ["agenda", "/agenda"],
  ["staff", "/medewerkers"],
  ["person", `/medewerkers/${referenceArticle.contact}`],
  ["search", "/zoeken?q=beleid"],
  ["contact", "/contact"],
  ["privacy", "/privacy"],
  ["login", "/inloggen"],
  ["not-found", "/bestaat-niet/ook-niet"],
];

const postId = () => queryDatabase<{ id: number }>("select id from posts where slug = ?", referenceArticle.slug)[0]!.id;

const DASHBOARD_PAGES: [string, () => string][] = [
  ["dashboard-home", () => "/redactie"],
  ["dashboard-posts", () => "/redactie/berichten"],
  ["dashboard-editor-new", () => "/redactie/berichten/nieuw"],
  ["dashboard-editor", () => `/redactie/berichten/${postId()}`],
  ["dashboard-questions", () => "/redactie/vragen"],
  ["dashboard-people", () => "/redactie/medewerkers"],
  ["dashboard-media", () => "/redactie/media"],
  ["dashboard-settings", () => "/redactie/instellingen"],
];

const sideways = (page: Page) => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

/** At every width: nothing wider than the screen; at 390 and 1280 px a full-page screenshot into screenshots/. */
async function checkWidths(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const { scrollWidth, innerWidth } = await sideways(page);
    expect(scrollWidth, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(innerWidth);
    if (SCREENSHOT_WIDTHS.has(width)) await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
}

test.beforeAll(() => fs.mkdirSync(SCREENSHOTS, { recursive: true }));

test.describe("no page scrolls sideways at 320, 390, 768 or 1280 px", () => {
  for (const [name, url] of PUBLIC_PAGES) {
    test(`public page: ${name}`, async ({ page }) => {
      await page.goto(url);
      await checkWidths(page, name);
    });
  }

  test("the article with the reference's title, which has a very long word", async ({ page }) => {
    await page.goto(referenceArticle.path);
    await page.getByRole("heading", { level: 1 }).evaluate((h1, title) => (h1.textContent = title), REFERENCE_TITLE);
    await checkWidths(page, "article-reference-title");
  });

  for (const [name, url] of DASHBOARD_PAGES) {
    test(`dashboard page: ${name}`, async ({ page }) => {
      await logIn(page, "admin");
      await page.goto(url());
      await checkWidths(page, name);
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("the phone header is one line, and its menu button opens the navigation and search", async ({ page }) => {
    await page.goto("/");
    const header = page.getByRole("banner");
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(80);
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(menu).toBeHidden();
    await page.getByText("Menu", { exact: true }).click();
    await expect(page.getByRole("searchbox", { name: "Zoeken" })).toBeVisible();
    await menu.getByRole("link", { name: "Onderzoek" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Onderzoek");
  });

  test("the article's question form is folded and opens from 'Stel uw vraag aan <naam>'", async ({ page }) => {
    await page.goto(referenceArticle.path);
    const form = page.locator("form.question-form");
    await expect(form).toBeHidden();
    await page.getByText(`Stel uw vraag aan ${referenceArticle.contactPerson.name}`).click();
    await expect(form.getByLabel("Naam", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Vragen over dit artikel?" })).toBeVisible();
  });
});

test.describe("the article per the reference", () => {
  test("on a phone the contact card follows the title; on a wide screen it stands beside the text", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(referenceArticle.path);
    const card = page.getByRole("complementary", { name: "Contactpersoon" });
    const title = page.getByRole("heading", { level: 1 });
    const lead = page.locator(".article__lead");
    const [titleBox, cardBox, leadBox] = [await title.boundingBox(), await card.boundingBox(), await lead.boundingBox()];
    expect(cardBox!.y).toBeGreaterThan(titleBox!.y);
    expect(cardBox!.y).toBeLessThan(leadBox!.y);
    await page.setViewportSize({ width: 1280, height: 900 });
    const [wideCard, wideLead] = [await card.boundingBox(), await lead.boundingBox()];
    expect(wideCard!.x).toBeGreaterThan(wideLead!.x + wideLead!.width);
  });

  test("the card's 'Stel uw vraag' opens the folded form and puts the cursor in its first field", async ({ page }) => {
    await page.goto(referenceArticle.path);
    await expect(page.locator("form.question-form")).toBeHidden();
    await page.getByRole("complementary", { name: "Contactpersoon" }).getByRole("link", { name: "Stel uw vraag" }).click();
    await expect(page.locator("form.question-form").getByLabel("Naam", { exact: true })).toBeFocused();
  });

  test("prints without header, menu, question form and rail", async ({ page }) => {
    await page.goto(referenceArticle.path);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const hidden of [page.getByRole("banner"), page.getByRole("contentinfo"), page.locator(".question-box"), page.getByRole("navigation", { name: "Ook interessant" })]) {
      await expect(hidden).toBeHidden();
    }
  });
});

/** The text of every stylesheet (or script) the page loaded from our origin. */
async function loadedFiles(page: Page, selector: string, attribute: "href" | "src") {
  const urls = await page.locator(selector).evaluateAll((els, attr) => els.map((el) => (el as HTMLElement).getAttribute(attr)!).filter(Boolean), attribute);
  expect(urls.length).toBeGreaterThan(0);
  return Promise.all(urls.map(async (url) => ({ url, text: await (await page.request.get(url)).text() })));
}

test.describe("what each page loads", () => {
  for (const [name, url] of [["home", "/"], ["article", referenceArticle.path], ["contact", "/contact"]]) {
    test(`a reader's ${name} page loads no dashboard or editor CSS`, async ({ page }) => {
      await page.goto(url!);
      const sheets = await loadedFiles(page, 'link[rel="stylesheet"]', "href");
      expect(sheets.some((s) => s.text.includes(".site-header"))).toBe(true);
      for (const sheet of sheets) {
        expect(sheet.text, sheet.url).not.toContain(".dashboard__bar");
        expect(sheet.text, sheet.url).not.toContain(".editor-toolbar");
      }
    });
  }

  test("the article's JavaScript carries no validation library and no database code", async ({ page }) => {
    await page.goto(referenceArticle.path);
    for (const script of await loadedFiles(page, "script[src]", "src")) {
      expect(script.text, script.url).not.toMatch(/\$Zod[A-Z]|ZodError/);
      expect(script.text, script.url).not.toContain("SQLiteTable");
    }
  });

  test("the editor's JavaScript carries no database code", async ({ page }) => {
    await logIn(page, "admin");
    await page.goto(`/redactie/berichten/${postId()}`);
    for (const script of await loadedFiles(page, "script[src]", "src")) expect(script.text, script.url).not.toContain("SQLiteTable");
  });
});
