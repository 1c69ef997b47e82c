import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { demoPost, referenceArticle } from "./demo-content";
import { logIn } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { PostEditor } from "./pages/post-editor";

const PAGE_TYPES = [
  "/",
  "/onderzoek",
  referenceArticle.path,
  demoPost("event-de-europese-begroting-en-de-kennissector").path,
  "/nieuws",
  "/agenda",
  "/medewerkers",
  `/medewerkers/${referenceArticle.contact}`,
  "/zoeken?q=beleid",
  "/contact",
  "/inloggen",
  "/bestaat-niet/ook-niet",
  "/feed.xml",
  `${referenceArticle.path}/opengraph-image`,
];

/** Collects Content-Security-Policy violations the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return seen;
}

test.describe("security headers", () => {
  test("every page type carries a Content-Security-Policy that forbids plugins, base rewriting, framing and foreign forms", async ({ request }) => {
    for (const path of PAGE_TYPES) {
      const response = await request.get(path);
      const csp = response.headers()["content-security-policy"] ?? "";
      for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "script-src 'self'", "connect-src 'self'"]) {
        expect(csp, `${path}: ${directive}`).toContain(directive);
      }
      expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
      // The test server's SITE_URL is http: no HSTS (lib/http/security-headers.ts adds it for https).
      expect(response.headers()["strict-transport-security"], path).toBeUndefined();
    }
  });

  test("public pages load and work under the policy without a single violation", async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of PAGE_TYPES.filter((p) => !p.endsWith(".xml") && !p.endsWith("opengraph-image"))) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    // The question form's script runs (the character counter updates).
    await page.goto("/contact");
    await page.getByLabel("Uw vraag", { exact: true }).fill("Een vraag");
    await expect(page.getByText("9 van 5.000 tekens")).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("the dashboard and the editor work under the policy without a single violation", async ({ page }) => {
    // Six dashboard pages and the editor on a loaded 2-core CI machine: more than the default 30 s.
    test.slow();
    const violations = await watchViolations(page);
    await logIn(page, "editor");
    const postId = queryDatabase<{ id: number }>("select id from posts where slug = ?", referenceArticle.slug)[0]!.id;
    for (const path of ["/redactie", "/redactie/berichten", "/redactie/vragen", "/redactie/media", "/redactie/medewerkers", `/redactie/berichten/${postId}/versies`]) {
      // "load", not "networkidle": the dashboard prefetches its links, so the network may never go quiet for 500 ms.
      await page.goto(path, { waitUntil: "load" });
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.body.click();
    await page.keyboard.type("Typen werkt");
    await expect(editor.body).toContainText("Typen werkt");
    expect(violations).toEqual([]);
  });
});

test.describe("the internal jobs route", () => {
  const testToken = () => crypto.createHmac("sha256", process.env.E2E_AUTH_SECRET!).update("newsroom:test-jobs").digest("base64url");

  test("does not answer without this process's token", async ({ request }) => {
    expect((await request.post("/api/intern/taken")).status()).toBe(404);
    const oldStyle = crypto.createHmac("sha256", process.env.E2E_AUTH_SECRET!).update("newsroom:internal-jobs").digest("base64url");
    expect((await request.post("/api/intern/taken", { headers: { authorization: `Bearer ${oldStyle}` } })).status()).toBe(404);
  });

  test("does not answer a caller from outside this machine, even with a valid token", async ({ request }) => {
    const response = await request.post("/api/intern/taken", { headers: { authorization: `Bearer ${testToken()}`, "x-forwarded-for": "203.0.113.80" } });
    expect(response.status()).toBe(404);
  });
});

test.describe("the production server", () => {
  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, ["scripts/serve.mjs"], { env: { PATH: process.env.PATH!, NODE_ENV: "production", PORT: "3999", ...env }, encoding: "utf8", timeout: 20_000 });

  test("refuses to start with a guessable AUTH_SECRET or without a real SITE_URL", () => {
    // Set (not left out), so a developer's .env.local cannot fill them in.
    const result = start({ AUTH_SECRET: "kort", SITE_URL: "localhost" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("AUTH_SECRET must be set");
    expect(result.stderr).toContain("SITE_URL must be an http(s) origin");
  });

  test("refuses to serve a build made for another SITE_URL", () => {
    const result = start({ AUTH_SECRET: "x".repeat(43), SITE_URL: "https://elders.example" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("npm run build again");
  });
});
