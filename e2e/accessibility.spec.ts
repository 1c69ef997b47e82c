import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoPost, referenceArticle } from "./demo-content";
import { logIn } from "./support/accounts";
import { queryDatabase } from "./support/database";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(500);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  expect(summary, `${path}\n${summary.join("\n")}`).toEqual([]);
}

const PUBLIC_PAGES = [
  "/",
  "/onderzoek",
  referenceArticle.path,
  demoPost("event-de-europese-begroting-en-de-kennissector").path,
  demoPost("eu-talent-pool-what-it-means-for-universities").path,
  "/nieuws",
  "/nieuws?soort=analysis&jaar=2026",
  "/agenda",
  "/medewerkers",
  `/medewerkers/${referenceArticle.contact}`,
  "/zoeken?q=beleid",
  "/contact",
  "/contact/verzonden",
  "/privacy",
  "/toegankelijkheid",
  "/nieuwsbrief",
  "/nieuwsbrief/aangemeld",
  "/nieuwsbrief/afmelden?t=verlopen",
  "/bestaat-niet/ook-niet",
  "/inloggen",
];

test.describe("accessibility (axe, WCAG 2.1 AA)", () => {
  for (const path of PUBLIC_PAGES) {
    test(`public page ${path}`, async ({ page }) => {
      await expectNoViolations(page, path);
    });
  }

  test("every dashboard page type", async ({ page }) => {
    test.setTimeout(120_000);
    await logIn(page, "admin");
    const postId = queryDatabase<{ id: number }>("select id from posts where slug = ?", referenceArticle.slug)[0]!.id;
    const personId = queryDatabase<{ id: number }>("select id from people where slug = ?", referenceArticle.contact)[0]!.id;
    const questionId = queryDatabase<{ id: number }>("select id from questions order by id limit 1")[0]?.id;
    const pages = [
      "/redactie",
      "/redactie/berichten",
      "/redactie/berichten/nieuw",
      `/redactie/berichten/${postId}`,
      `/redactie/berichten/${postId}/versies`,
      "/redactie/berichten/prullenbak",
      `/redactie/berichten/${postId}/voorbeeld`,
      "/redactie/vragen",
      "/redactie/vragen/privacy",
      "/redactie/vragen/mail",
      "/redactie/medewerkers",
      `/redactie/medewerkers/${personId}`,
      "/redactie/medewerkers/nieuw",
      "/redactie/media",
      "/redactie/gebruikers",
      "/redactie/account",
      "/redactie/instellingen",
      "/redactie/nieuwsbrief",
      "/redactie/account/tweestapsverificatie",
      ...(questionId ? [`/redactie/vragen/${questionId}`] : []),
    ];
    for (const path of pages) await expectNoViolations(page, path);
  });
});
