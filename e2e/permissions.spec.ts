import { expect, test } from "@playwright/test";
import { accounts, logIn } from "./support/accounts";

const DASHBOARD_ROUTES = ["/redactie", "/redactie/berichten", "/redactie/vragen", "/redactie/medewerkers", "/redactie/media", "/redactie/gebruikers", "/redactie/account"];

test.describe("what staff without the right permission cannot do", () => {
  test("an anonymous request to every /redactie route is sent to the login page without data", async ({ request }) => {
    for (const route of DASHBOARD_ROUTES) {
      const response = await request.get(route, { maxRedirects: 0 });
      expect(response.status(), route).toBe(307);
      expect(response.headers()["location"]).toContain("/inloggen");
      // The proxy's redirect carries nothing but the login address: no page, so nothing of the dashboard.
      expect(await response.text()).toBe(response.headers()["location"]);
    }
  });

  test("a forged session cookie gets past the proxy but not past the pages", async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: "authjs.session-token=vervalst" } });
    for (const route of DASHBOARD_ROUTES) {
      const response = await request.get(route, { maxRedirects: 0 });
      expect(response.status(), route).toBe(307);
      expect(response.headers()["location"]).toContain("/inloggen");
      const body = await response.text();
      expect(body).not.toContain(accounts.admin.email);
      expect(body).not.toContain("Welkom");
    }
    await request.dispose();
  });

  test("an author cannot open the users page and does not see it in the navigation", async ({ page }) => {
    await logIn(page, "author");
    const nav = page.getByRole("navigation", { name: "Redactie" });
    await expect(nav.getByRole("link", { name: "Berichten" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Gebruikers" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Medewerkers" })).toHaveCount(0);
    const response = await page.goto("/redactie/gebruikers");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
    await expect(page.getByText(accounts.admin.email)).toHaveCount(0);
    expect((await page.goto("/redactie/medewerkers"))?.status()).toBe(403);
  });

  test("an editor cannot open the users page either", async ({ page }) => {
    await logIn(page, "editor");
    expect((await page.goto("/redactie/gebruikers"))?.status()).toBe(403);
    expect((await page.goto("/redactie/medewerkers"))?.status()).toBe(200);
  });
});
