import { expect, test } from "@playwright/test";
import { accounts, formError, logIn } from "./support/accounts";

const GENERIC = "Onbekend e-mailadres of onjuist wachtwoord.";

async function submitLogin(page: import("@playwright/test").Page, email: string, password: string) {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/inloggen"),
    page.getByRole("button", { name: "Inloggen" }).click(),
  ]);
}

/** After a refused login React resets the form; wait for that before typing again. */
async function expectRefused(page: import("@playwright/test").Page, message: string | RegExp) {
  await expect(formError(page)).toHaveText(message);
  await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
}

test.describe("logging in", () => {
  test("an editor logs in and out", async ({ page }) => {
    await logIn(page, "editor");
    await expect(page).toHaveURL(/\/redactie$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${accounts.editor.name}`);
    await expect(page.getByText("Ingelogd als")).toContainText(accounts.editor.name);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByRole("status")).toHaveText("U bent uitgelogd.");
    await page.goto("/redactie");
    await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fredactie$/);
  });

  test("logging out ends the session on the server: a copy of the cookie opens nothing afterwards", async ({ page, playwright, baseURL }) => {
    await logIn(page, "editor");
    const cookie = (await page.context().cookies()).filter((c) => c.name.includes("authjs.session-token")).map((c) => `${c.name}=${c.value}`).join("; ");
    expect(cookie).not.toBe("");
    const copy = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie } });
    expect((await copy.get("/redactie", { maxRedirects: 0 })).status()).toBe(200);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByRole("status")).toHaveText("U bent uitgelogd.");
    const after = await copy.get("/redactie", { maxRedirects: 0 });
    expect(after.status()).toBe(307);
    expect(after.headers()["location"]).toContain("/inloggen");
    await copy.dispose();
    // Only that session ended: logging in again works.
    await logIn(page, "editor");
    await expect(page).toHaveURL(/\/redactie$/);
  });

  test("a wrong password and an unknown e-mail address get the same generic message, and the e-mail is kept", async ({ page }) => {
    await page.goto("/inloggen");
    await submitLogin(page, accounts.editor.email, "niet het goede wachtwoord");
    await expectRefused(page, GENERIC);
    await expect(page.getByLabel("E-mailadres")).toHaveValue(accounts.editor.email);
    await expect(page.getByLabel("Wachtwoord")).toHaveValue("");
    await submitLogin(page, "niemand@test.example", "niet het goede wachtwoord");
    await expectRefused(page, GENERIC);
  });

  test("an empty form gets a message next to each field", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#veld-email-fout")).toContainText("Vul uw e-mailadres in.");
    await expect(page.locator("#veld-password-fout")).toContainText("Vul uw wachtwoord in.");
  });

  test("the sixth rapid wrong password is refused with a message that says when to retry", async ({ page }) => {
    const { email, password } = accounts.bruteForced;
    await page.goto("/inloggen");
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitLogin(page, email, `fout wachtwoord nummer ${attempt}`);
      await expectRefused(page, GENERIC);
    }
    await submitLogin(page, email, "fout wachtwoord nummer 6");
    await expectRefused(page, /^Te veel mislukte pogingen\. Probeer het over 15 minuten opnieuw\.$/);
    // While locked, even the right password does not get in from this address.
    await submitLogin(page, email, password);
    await expect(formError(page)).toContainText("Te veel mislukte pogingen");
    await expect(page).toHaveURL(/\/inloggen/);
  });

  test("callbackUrl=//evil.example is ignored", async ({ page, baseURL }) => {
    await page.goto("/inloggen?callbackUrl=//evil.example");
    await submitLogin(page, accounts.editor.email, accounts.editor.password);
    await page.waitForURL((url) => url.pathname === "/redactie");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });

  test("a signed-in user is never sent to another site, however the callback URL is spelled", async ({ page }) => {
    await logIn(page, "editor");
    for (const evil of ["/..//evil.example", "/.//evil.example", "/%2e%2e//evil.example", "//evil.example", "/\\evil.example"]) {
      const response = await page.request.get(`/inloggen?callbackUrl=${encodeURIComponent(evil)}`, { maxRedirects: 0 });
      expect(response.status(), evil).toBe(307);
      const location = response.headers()["location"] ?? "";
      expect(location, evil).not.toMatch(/^\/\/|^\/\\|evil\.example/);
    }
  });

  test("a login page reached from a dashboard link returns there after logging in", async ({ page }) => {
    await page.goto("/redactie/account");
    await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fredactie%2Faccount/);
    await submitLogin(page, accounts.author.email, accounts.author.password);
    await expect(page).toHaveURL(/\/redactie\/account$/);
  });
});
