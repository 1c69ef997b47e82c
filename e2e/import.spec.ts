import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { makeUploads } from "../lib/import/fixtures/make-uploads";
import { queryDatabase } from "./support/database";
import { ArticlePage } from "./pages/article-page";

const TITLE = "Nieuw EU-netwerk verbindt onderwijs en industrie voor betere cybersecurityvaardigheden";

test.describe("an archive imported from WordPress", () => {
  test("keeps its old addresses working and shows the original publication date", async ({ page }) => {
    test.setTimeout(120_000);
    // The command-line import, against the test server's own database and media folder, while the server runs.
    const database = process.env.E2E_DATABASE_PATH!;
    const uploads = await makeUploads(fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-import-uploads-")));
    const args = ["run", "--silent", "import", "--", "--wordpress", "lib/import/fixtures/wordpress-wxr-1.2.xml", "--uploads", uploads, "--section-map", "Onderzoek & Innovatie=onderzoek"];
    const output = execFileSync("npm", args, { env: { ...process.env, DATABASE_PATH: database, MEDIA_DIR: path.join(path.dirname(database), "media") }, encoding: "utf8" });
    expect(output).toContain("Posts: 4 created");
    expect(queryDatabase<{ n: number }>("select count(*) as n from posts where slug = ?", "eu-netwerk-cybersecurity")[0]?.n).toBe(1);

    // WordPress's dated permalink leads to the article in its section.
    const article = new ArticlePage(page);
    await article.goto("/2025/06/20/eu-netwerk-cybersecurity/");
    await expect(page).toHaveURL(/\/onderzoek\/eu-netwerk-cybersecurity$/);
    await expect(article.title).toHaveText(TITLE);
    await expect(article.date).toHaveText("20 juni 2025");
    await expect(article.contactCard).toContainText("Matthijs Timmermans");
    await expect(article.coauthors).toHaveText("Mede geschreven door Lotte Kuiper.");

    // A slug the newsroom had to change (WordPress kept "gdańsk" percent-encoded) still leads there, in one segment too.
    await page.goto("/terugblik-begroting-gda%C5%84sk/");
    await expect(page).toHaveURL(/\/onderwijs\/terugblik-begroting-gdansk$/);
    await expect(article.body).toContainText('<script>trackVisitor("begroting");</script>');
  });
});
