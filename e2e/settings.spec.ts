import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { cookieHeader, logIn, pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { captureRequest, replay } from "./support/replay";

// The settings are one shared row set: these tests change them one after another, never at the same time.
test.describe.configure({ mode: "serial" });

const DENIED = "U heeft geen toegang tot deze handeling.";
const suffix = () => crypto.randomBytes(3).toString("hex");
const storedSettings = () => queryDatabase<{ key: string; value: string }>("select key, value from site_settings order by key");

async function openSettings(page: Page) {
  await page.goto("/redactie/instellingen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instellingen");
}

test("an admin saves the office's address, phone and e-mail, and readers see them in the footer and on /contact", async ({ browser, page }) => {
  await logIn(page, "admin");
  await page.getByRole("navigation", { name: "Redactie" }).getByRole("link", { name: "Instellingen" }).click();
  const street = `Wetstraat ${Math.floor(Math.random() * 900) + 10}`;
  const email = `info-${suffix()}@kennisbureau.example`;
  await page.getByLabel("Adres", { exact: true }).fill(`${street}\n1040 Brussel`);
  await page.getByLabel("Telefoon").fill("+32 2 555 01 23");
  await page.getByLabel("Algemeen e-mailadres").fill(email);
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("De instellingen zijn opgeslagen. De site toont ze meteen.");

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/contact");
  for (const place of [reader.getByRole("contentinfo"), reader.getByRole("region", { name: "Zo bereikt u ons" })]) {
    await expect(place).toContainText(street);
    await expect(place).toContainText("1040 Brussel");
    await expect(place.getByRole("link", { name: "+32 2 555 01 23" })).toHaveAttribute("href", "tel:+3225550123");
    await expect(place.getByRole("link", { name: email })).toHaveAttribute("href", `mailto:${email}`);
  }
  await reader.goto("/nieuws");
  await expect(reader.getByRole("contentinfo")).toContainText(street);
  await reader.context().close();
});

test("a bad e-mail address and link get a Dutch message next to the field, keep the typed text and save nothing (without JavaScript)", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await logIn(page, "admin");
  await openSettings(page);
  const before = storedSettings();
  await page.getByLabel("Algemeen e-mailadres").fill("info-at-kantoor");
  await page.getByLabel("Naam van link 1").fill("LinkedIn");
  await page.getByLabel("Adres van link 1").fill("linkedin.com/company/voorbeeld");
  await page.getByLabel("Telefoon").fill("+32 2 555 99 99");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();

  await expect(page.locator("form").getByRole("alert")).toContainText("De instellingen zijn nog niet opgeslagen");
  await expect(page.locator("#veld-email-fout")).toContainText("Vul een geldig e-mailadres in");
  await expect(page.locator("#veld-socialUrl0-fout")).toContainText("Vul een volledig webadres in dat begint met https://.");
  await expect(page.getByLabel("Algemeen e-mailadres")).toHaveValue("info-at-kantoor");
  await expect(page.getByLabel("Algemeen e-mailadres")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Adres van link 1")).toHaveValue("linkedin.com/company/voorbeeld");
  await expect(page.getByLabel("Telefoon")).toHaveValue("+32 2 555 99 99");
  expect(storedSettings()).toEqual(before);
  await context.close();
});

test("an editor cannot open the settings page, has no link to it, and cannot call its action", async ({ browser, playwright }) => {
  const editor = await pageAs(browser, "editor");
  await expect(editor.getByRole("navigation", { name: "Redactie" }).getByRole("link", { name: "Instellingen" })).toHaveCount(0);
  expect((await editor.goto("/redactie/instellingen"))?.status()).toBe(403);

  // The admin's own request, stopped before it reaches the server and replayed with the editor's session.
  const admin = await pageAs(browser, "admin");
  await openSettings(admin);
  const tagline = `Ondertitel ${suffix()}`;
  await admin.getByLabel("Ondertitel (niet verplicht)").fill(tagline);
  const captured = await captureRequest(admin, () => admin.getByRole("button", { name: "Instellingen opslaan" }).click());
  const before = storedSettings();
  const refused = await replay(playwright, captured, await cookieHeader(editor));
  expect(refused.text).toContain(DENIED);
  expect(storedSettings()).toEqual(before);
  // The same bytes with the admin's session are saved: the refusal was not a broken request.
  const allowed = await replay(playwright, captured, await cookieHeader(admin));
  expect(allowed.text).not.toContain(DENIED);
  expect(storedSettings().find((row) => row.key === "tagline")?.value).toBe(JSON.stringify(tagline));
  await editor.context().close();
  await admin.context().close();
});
