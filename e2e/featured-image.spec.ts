import { expect, test } from "@playwright/test";
import { ArticlePage } from "./pages/article-page";
import { MediaPicker } from "./pages/media-picker";
import { PostEditor } from "./pages/post-editor";
import { pageAs } from "./support/accounts";
import { fixture } from "./support/media";

test.describe("the featured image", () => {
  test("appears under the lead, on the card in lists, as the share image, in JSON-LD and as a feed enclosure", async ({ browser, request }) => {
    test.setTimeout(60_000);
    const page = await pageAs(browser, "editor");
    const alt = "Onderzoekers bij een deeltjesversneller";
    const caption = "Foto: archief EU-kennisbureau";
    await page.goto("/redactie/media");
    await page.getByLabel("Afbeelding", { exact: true }).setInputFiles(fixture("landscape.png"));
    await page.getByLabel("Alt-tekst", { exact: true }).fill(alt);
    await page.getByLabel("Bijschrift (niet verplicht)").fill(caption);
    await page.getByRole("button", { name: "Uploaden" }).click();
    await expect(page.getByRole("status")).toHaveText(`Afbeelding “${alt}” is toegevoegd.`);

    const editor = new PostEditor(page);
    const title = "Europese onderzoeksfaciliteiten gaan hun deuren openen";
    await editor.writeComplete(title);
    await new MediaPicker(page).chooseFor("Uitgelichte afbeelding", alt);
    await editor.publish();
    const path = (await page.getByRole("link", { name: "Bekijk op de site" }).getAttribute("href"))!;

    const article = new ArticlePage(page);
    await article.goto(path);
    const image = article.featuredImage.getByRole("img", { name: alt });
    // The fixture is 800 pixels wide: the sizes above it hold the same pixels and are described by their real width.
    await expect(image).toHaveAttribute("srcset", /^\/media\/[a-f0-9]{24}\/320\.webp 320w, \/media\/[a-f0-9]{24}\/640\.webp 640w, \/media\/[a-f0-9]{24}\/960\.webp 800w$/);
    await expect(image).toHaveAttribute("sizes", /.+/);
    await expect(image).toHaveAttribute("width", "800");
    await expect(image).toHaveAttribute("height", "500");
    await expect(article.featuredImage.locator("figcaption")).toHaveText(caption);
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const src = (await image.getAttribute("src"))!;

    const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(new URL(ogImage!).pathname).toBe(src);
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", alt);
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", ogImage!);
    const file = await request.get(src);
    expect(file.headers()["content-type"]).toBe("image/webp");
    expect((await article.newsArticle()).image).toMatchObject({ url: ogImage, width: 800, height: 500 });

    await page.goto("/nieuws");
    const card = page.locator(".post-card").filter({ hasText: title });
    const thumbnail = card.locator(".card-thumbnail img");
    await expect(thumbnail).toHaveAttribute("loading", "lazy");
    await expect(thumbnail).toHaveAttribute("width", "640");
    await expect(thumbnail).toHaveAttribute("height", "360");
    await expect(thumbnail).toHaveAttribute("srcset", /\/media\/[a-f0-9]{24}\/320\.webp 320w/);

    const feed = await (await request.get("/feed.xml")).text();
    const item = feed.split("<item>").find((i) => i.includes(title))!;
    const length = (await file.body()).byteLength;
    expect(item).toContain(`<enclosure length="${length}" type="image/webp" url="${ogImage}"/>`);
    const atom = await (await request.get("/atom.xml")).text();
    expect(atom.split("<entry>").find((e) => e.includes(title))).toContain(`<link rel="enclosure" href="${ogImage}" type="image/webp" length="${length}"/>`);
  });

  test("a post without one keeps the generated share image", async ({ page }) => {
    await page.goto("/onderzoek/kennisveiligheid-nieuwe-europese-richtlijnen");
    await expect(page.locator("figure.featured-image")).toHaveCount(0);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/opengraph-image/);
  });
});
