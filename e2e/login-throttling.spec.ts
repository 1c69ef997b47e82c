import { expect, test, type Browser, type Page } from "@playwright/test";
import { accounts, formError } from "./support/accounts";
import { uniqueIp } from "./support/questions";

/** A browser with its own cookies and its own client address (the test server trusts one proxy hop). */
async function browserAt(browser: Browser, ip = uniqueIp()): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

async function submitLogin(page: Page, email: string, password: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/** The login form's fields as a browser without JavaScript posts them (hidden action fields included). */
async function loginFields(page: Page): Promise<Record<string, string>> {
  await page.goto("/inloggen");
  return page.locator("form", { has: page.getByLabel("Wachtwoord") }).evaluate((form: HTMLFormElement) => {
    const fields: Record<string, string> = {};
    for (const [key, value] of new FormData(form)) if (typeof value === "string") fields[key] = value;
    return fields;
  });
}

test.describe("login throttling", () => {
  test("what a client writes into X-Forwarded-For does not give it a fresh address", async ({ browser, playwright, baseURL }) => {
    const { email } = accounts.bruteForced;
    const fields = await loginFields(await browserAt(browser));
    const request = await playwright.request.newContext({ baseURL });
    const realAddress = uniqueIp();
    // The client writes a new address each time; the proxy appends the one it saw, which stays the same.
    const attempt = (n: number) =>
      request.post("/inloggen", {
        multipart: { ...fields, email, password: `geraden wachtwoord ${n}` },
        headers: { "x-forwarded-for": `10.9.${n}.1, ${realAddress}` },
      });
    for (let n = 1; n <= 5; n++) expect(await (await attempt(n)).text()).toContain("Onbekend e-mailadres of onjuist wachtwoord.");
    expect(await (await attempt(6)).text()).toContain("Te veel mislukte pogingen");
    await request.dispose();
  });

  test("failures from many addresses keep new browsers out, but not the browser the owner logged in with before", async ({ browser, playwright, baseURL }) => {
    test.setTimeout(90_000);
    const { email, password } = accounts.deviceOwner;
    // The owner logs in once: that browser now carries a device cookie for the account.
    const owner = await browserAt(browser);
    await submitLogin(owner, email, password);
    await owner.waitForURL((url) => url.pathname === "/redactie");
    expect((await owner.context().cookies()).some((c) => c.name === "newsroom-device" && c.httpOnly)).toBe(true);
    await owner.getByRole("button", { name: "Uitloggen" }).click();
    await expect(owner.getByRole("status")).toHaveText("U bent uitgelogd.");

    // An attacker spreads 30 wrong guesses over 30 addresses: the per-account limit is used up.
    const fields = await loginFields(await browserAt(browser));
    const request = await playwright.request.newContext({ baseURL });
    for (let n = 1; n <= 30; n++) {
      const response = await request.post("/inloggen", { multipart: { ...fields, email, password: `poging ${n}` }, headers: { "x-forwarded-for": uniqueIp() } });
      expect(await response.text()).toContain("Onbekend e-mailadres of onjuist wachtwoord.");
    }
    await request.dispose();

    // A browser that never logged in to this account is now refused, even with the right password...
    const stranger = await browserAt(browser);
    await submitLogin(stranger, email, password);
    await expect(formError(stranger)).toContainText("Te veel mislukte pogingen");

    // ...but the owner's own browser still gets in.
    await submitLogin(owner, email, password);
    await owner.waitForURL((url) => url.pathname === "/redactie");
    await expect(owner.getByRole("heading", { level: 1 })).toHaveText(`Welkom, ${accounts.deviceOwner.name}`);
  });

  test("a device cookie made for another account, or forged, counts for nothing", async ({ browser, baseURL }) => {
    const { email, password } = accounts.bruteForced;
    const page = await browserAt(browser);
    await page.context().addCookies([{ name: "newsroom-device", value: `abc.${Date.now()}.vervalstvervalstvervalstvervalst0`, url: baseURL! }]);
    for (let n = 1; n <= 6; n++) await submitLogin(page, email, `nog een gok ${n}`);
    await expect(formError(page)).toContainText("Te veel mislukte pogingen");
    await submitLogin(page, email, password);
    await expect(formError(page)).toContainText("Te veel mislukte pogingen");
  });
});
