import { expect, test, type Page } from "@playwright/test";
import { demoPost, draftArticle, englishArticle, referenceArticle } from "./demo-content";

const analysis = demoPost("micro-credentials-erkenning-in-de-praktijk");
const dutchTwin = demoPost("eu-talentenpool-wat-betekent-het-voor-universiteiten");
const event = demoPost("event-de-europese-begroting-en-de-kennissector");

/** Parses XML in the browser; true when it is well-formed. */
const parsesAsXml = (page: Page, xml: string) =>
  page.evaluate((text) => new DOMParser().parseFromString(text, "application/xml").getElementsByTagName("parsererror").length === 0, xml);

test.describe("finding your way", () => {
  test("from the home page to a section, an article and the contact person's staff page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Onderzoek" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Onderzoek");
    await page.getByRole("link", { name: referenceArticle.title }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(referenceArticle.title);
    await page.goto("/medewerkers");
    await page.getByRole("link", { name: referenceArticle.contactPerson.name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(referenceArticle.contactPerson.name);
    await expect(page.getByText(referenceArticle.contactPerson.jobTitle, { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: referenceArticle.title })).toBeVisible();
    await page.getByText(`Stel uw vraag aan ${referenceArticle.contactPerson.name}`).click();
    await expect(page.locator("form.question-form")).toBeVisible();
    const person = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(person).toMatchObject({ "@type": "Person", name: referenceArticle.contactPerson.name });
  });

  test("the skip link leads to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#inhoud$/);
  });

  test("/nieuws filters by kind and section, /agenda lists upcoming events", async ({ page }) => {
    await page.goto("/nieuws?soort=analysis");
    await expect(page.getByRole("link", { name: analysis.title })).toBeVisible();
    await expect(page.getByRole("link", { name: referenceArticle.title })).toHaveCount(0);
    await page.goto("/agenda");
    await expect(page.getByRole("region", { name: "Komende evenementen en webinars" }).getByRole("link", { name: event.title })).toBeVisible();
  });
});

test.describe("search", () => {
  test("finds a post by a word in its body, with and without accents, and shows the snippet", async ({ page }) => {
    for (const q of ["coöperatie", "cooperatie", "COOPERATIE"]) {
      await page.goto(`/zoeken?q=${encodeURIComponent(q)}`);
      const result = page.getByRole("region", { name: "Berichten" }).getByRole("listitem").filter({ hasText: analysis.title });
      await expect(result).toBeVisible();
      await expect(result.locator("mark")).toHaveText(/coöperatie/i);
    }
  });

  test("finds people by name and never shows drafts", async ({ page }) => {
    await page.goto("/zoeken?q=Sanne");
    await expect(page.getByRole("region", { name: "Medewerkers" }).getByRole("link", { name: "Sanne de Wit" })).toBeVisible();
    await page.goto(`/zoeken?q=${encodeURIComponent("tiende kaderprogramma")}`);
    await expect(page.getByText(draftArticle.title)).toHaveCount(0);
  });

  test("answers odd queries normally", async ({ request }) => {
    for (const q of ['"', "OR AND NOT", "NEAR(a b)", "*", "title:x", "a".repeat(1000), "' or 1=1 --", "<script>alert(1)</script>"]) {
      const response = await request.get(`/zoeken?q=${encodeURIComponent(q)}`);
      expect(response.status(), q).toBe(200);
      expect(await response.text()).not.toContain("<script>alert(1)</script>");
    }
  });
});

test.describe("feeds and search engines", () => {
  test("the RSS and Atom feeds parse and list published posts only", async ({ page, request }) => {
    for (const path of ["/feed.xml", "/atom.xml", "/onderzoek/feed.xml", "/onderzoek/atom.xml"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const xml = await response.text();
      expect(await parsesAsXml(page, xml), path).toBe(true);
      expect(xml).toContain(path.includes("atom") ? '<feed xmlns="http://www.w3.org/2005/Atom"' : '<rss version="2.0"');
      expect(xml).toContain(referenceArticle.path);
      expect(xml).not.toContain(draftArticle.slug);
    }
    expect(await (await request.get("/onderzoek/feed.xml")).text()).not.toContain(englishArticle.slug);
  });

  test("the sitemap lists every published post with its last change, and robots.txt points to it", async ({ page, request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(await parsesAsXml(page, sitemap)).toBe(true);
    expect(sitemap).toContain(`${referenceArticle.path}</loc>`);
    expect(sitemap).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
    expect(sitemap).not.toContain(draftArticle.slug);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain("Disallow: /redactie");
    expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  });

  test("articles have Twitter tags, an Open Graph image, hreflang for translations and Event data for events", async ({ page, request }) => {
    await page.goto(englishArticle.path);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('link[rel="alternate"][hreflang="nl"]')).toHaveAttribute("href", new RegExp(`${dutchTwin.path}$`));
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    const png = await request.get(new URL(image!).pathname);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    await page.goto(event.path);
    const data = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(data.map((d) => JSON.parse(d)["@type"])).toEqual(["NewsArticle", "Event"]);
    await expect(page.getByRole("link", { name: "Registreer nu" }).first()).toBeVisible();
  });
});

test.describe("no third parties", () => {
  test("public pages request nothing from another origin and set no cookie", async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(baseURL!) && !r.url().startsWith("data:")) foreign.push(r.url());
    });
    for (const path of ["/", referenceArticle.path, demoPost("webinar-investeringen-in-onderzoek-en-innovatie").path, "/agenda", "/contact", "/zoeken?q=beleid"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    expect(foreign).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });
});
