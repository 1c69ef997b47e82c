import { expect, test } from "@playwright/test";
import { draftArticle, englishArticle, referenceArticle } from "./demo-content";
import { ArticlePage, inDocumentOrder } from "./pages/article-page";

const DUTCH_DATE = /^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/;

test.describe("the public article page", () => {
  test("shows every element of the reference page, in the reference's order", async ({ page }) => {
    const article = new ArticlePage(page);
    const response = await article.goto(referenceArticle.path);
    expect(response?.status()).toBe(200);

    await expect(article.date).toHaveText(DUTCH_DATE);
    await expect(article.date).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    await expect(article.title).toHaveText(referenceArticle.title);
    await expect(article.contactCard).toContainText(referenceArticle.contactPerson.name);
    await expect(article.contactCard).toContainText(referenceArticle.contactPerson.jobTitle);
    await expect(article.contactCard).toContainText("Meer informatie nodig?");
    await expect(article.askButton).toHaveAttribute("href", "#stel-uw-vraag");
    await expect(article.lead).toHaveText(referenceArticle.lead);
    await expect(article.body.getByRole("heading", { level: 2 })).toHaveText("Wat verandert er voor Nederlandse instellingen?");
    await expect(article.body.locator("strong")).toHaveText("Europese Onderzoeksruimte");
    await expect(article.coauthors).toHaveText(`Mede geschreven door ${referenceArticle.coauthorNames.join(", ")}.`);
    for (const label of ["Uitgelicht", "Analyse", "Registreer nu"]) {
      await expect(article.railItem(label)).toBeVisible();
    }
    // The demo's latest webinar has a recording; while another test publishes one still to come, that one says "Aanmelden".
    await expect(article.webinarItem).toHaveText(/^(Terugkijken|Aanmelden): /);

    const order = [article.date, article.title, article.contactCard, article.lead, article.body, article.coauthors, article.rail];
    expect(await inDocumentOrder(order)).toBe(true);
    // The contact card is rendered once, not once per screen size.
    await expect(page.getByText(referenceArticle.contactPerson.jobTitle, { exact: true })).toHaveCount(1);
  });

  test("the contact card's button leads to the question section", async ({ page }) => {
    const article = new ArticlePage(page);
    await article.goto(referenceArticle.path);
    await article.askButton.click();
    await expect(page).toHaveURL(/#stel-uw-vraag$/);
    await expect(page.locator("#stel-uw-vraag")).toBeInViewport();
  });

  test("every item in the rail leads to a published page of its kind", async ({ page, request }) => {
    const article = new ArticlePage(page);
    await article.goto(referenceArticle.path);
    const links = article.rail.getByRole("link");
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs).not.toContain(referenceArticle.path);
    for (const href of hrefs) expect((await request.get(href)).status()).toBe(200);
    await article.webinarItem.click();
    await expect(page.locator("article .kind-label")).toHaveText("Webinar");
  });

  test("carries a canonical URL, Open Graph tags and NewsArticle structured data", async ({ page }) => {
    await page.goto(referenceArticle.path);
    await expect(page).toHaveTitle(new RegExp(`^${referenceArticle.title}`));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${referenceArticle.path}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", referenceArticle.title);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", referenceArticle.lead);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ "@type": "NewsArticle", headline: referenceArticle.title, inLanguage: "nl" });
    expect(jsonLd.author.map((a: { name: string }) => a.name)).toEqual([referenceArticle.contactPerson.name, ...referenceArticle.coauthorNames]);
  });

  test("marks an English post as English", async ({ page }) => {
    await page.goto(englishArticle.path);
    await expect(page.locator("article")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  });

  test("lists co-authors as 'A, B en C'", async ({ page }) => {
    await page.goto("/onderzoek/kennisveiligheid-nieuwe-europese-richtlijnen");
    await expect(page.getByText(/^Mede geschreven door/)).toHaveText("Mede geschreven door Pieter Bakker, Daan Visser en Noor Hendriks.");
  });
});

test.describe("what readers cannot see", () => {
  test("an unknown slug shows the Dutch 404 page", async ({ page }) => {
    const response = await page.goto("/onderzoek/bestaat-niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  });

  test("a draft's URL returns 404 and shows none of its text", async ({ page }) => {
    const response = await page.goto(draftArticle.path);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(draftArticle.title)).toHaveCount(0);
  });

  test("a post asked for under another section is sent to its own address", async ({ request }) => {
    const response = await request.get(`/innovatie/${referenceArticle.slug}`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    // (The first, uncached response of Next.js 16.4 repeats the header with the same value.)
    expect(response.headers()["location"]?.split(",")[0]).toBe(referenceArticle.path);
  });
});

test.describe("the home page", () => {
  test("lists the latest posts with date, kind and lead, and links to them", async ({ page }) => {
    await page.goto("/");
    const latest = page.getByRole("region", { name: "Laatste berichten" });
    const card = latest.getByRole("listitem").filter({ hasText: referenceArticle.title });
    await expect(card.locator("time")).toHaveText(DUTCH_DATE);
    await expect(card.locator(".kind-label")).toHaveText("Nieuws");
    await expect(card).toContainText(referenceArticle.lead.slice(0, 40));
    await expect(latest.getByText(draftArticle.title)).toHaveCount(0);
    await card.getByRole("link", { name: referenceArticle.title }).click();
    await expect(page).toHaveURL(new RegExp(`${referenceArticle.path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(referenceArticle.title);
  });
});
