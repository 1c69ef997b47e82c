import type { Locator, Page } from "@playwright/test";

export class ArticlePage {
  readonly article: Locator;
  readonly date: Locator;
  readonly title: Locator;
  readonly contactCard: Locator;
  readonly askButton: Locator;
  readonly lead: Locator;
  readonly body: Locator;
  readonly coauthors: Locator;
  readonly rail: Locator;
  readonly featuredImage: Locator;
  readonly revised: Locator;

  constructor(readonly page: Page) {
    this.article = page.locator("article");
    // The publication date (a "Bijgewerkt op" date sits in its own span beside it).
    this.date = this.article.locator("header .article__meta > time");
    this.title = page.getByRole("heading", { level: 1 });
    this.contactCard = page.getByRole("complementary", { name: "Contactpersoon" });
    this.askButton = this.contactCard.getByRole("link", { name: "Stel uw vraag" });
    this.lead = this.article.locator(".article__lead");
    this.body = this.article.locator(".rich-text");
    this.coauthors = this.article.getByText(/^Mede geschreven door/);
    this.rail = page.getByRole("navigation", { name: "Ook interessant" });
    this.featuredImage = this.article.locator("figure.featured-image");
    this.revised = this.article.locator("header").getByText(/^Bijgewerkt op/);
  }

  /** The page's NewsArticle structured data. */
  async newsArticle(): Promise<Record<string, unknown>> {
    const blocks = await this.page.locator('script[type="application/ld+json"]').allTextContents();
    return blocks.map((b) => JSON.parse(b)).find((d) => d["@type"] === "NewsArticle");
  }

  goto(path: string) {
    return this.page.goto(path);
  }

  /** The automatic rail's webinar, whatever its label. */
  get webinarItem(): Locator {
    return this.rail.locator('[data-promoted="webinar"] a');
  }

  railItem(label: string): Locator {
    return this.rail.getByRole("link", { name: new RegExp(`^${label}:`) });
  }
}

/** True when the elements appear in this order in the document. */
export async function inDocumentOrder(locators: Locator[]): Promise<boolean> {
  const handles = await Promise.all(locators.map((l) => l.first().elementHandle()));
  for (let i = 1; i < handles.length; i++) {
    const before = handles[i - 1]!;
    const after = handles[i]!;
    const follows = await before.evaluate(
      (a, b) => Boolean(a.compareDocumentPosition(b as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
      after,
    );
    if (!follows) return false;
  }
  return true;
}
