import { expect, test } from "@playwright/test";
import { pageAs } from "./support/accounts";
import { queryDatabase, writeDatabase } from "./support/database";
import { mailTo, settle, startSmtp } from "./support/mail";
import { enterCode, freshCode, logOut, ownBrowser, passwordStep, setUpTotp, SETUP_PATH, typePassword } from "./support/second-factor";
import { createUser } from "./support/users";

// Runs in the "exclusive" project (playwright.config.ts): after every other spec and one test at a time. Turning
// the policy on for a role would send other specs' logins of that role to setup, and the mail test needs the SMTP
// port to itself. The site setting is written into the database: the settings page is not this spec's subject.
test.describe.configure({ mode: "default", timeout: 120_000 });

function requireSecondFactorFor(roles: string[] | null) {
  if (roles === null) return writeDatabase("delete from site_settings where key = 'twoFactorRoles'");
  writeDatabase(
    "insert into site_settings (key, value, updated_at) values ('twoFactorRoles', ?, ?) on conflict(key) do update set value = excluded.value",
    JSON.stringify(roles),
    Date.now(),
  );
}

test("when their role requires a second factor, staff without one are sent to set it up and can do nothing else until done", async ({ browser }) => {
  const admin = await pageAs(browser, "admin");
  const user = await createUser(admin, "Paula Policy");
  const page = await ownBrowser(browser);
  await typePassword(page, user);
  await page.waitForURL("**/redactie");
  await page.goto("/redactie/account");
  try {
    requireSecondFactorFor(["author"]);

    // A form loaded before: its server action is refused, and nothing changes.
    await page.getByRole("textbox", { name: "Naam", exact: true }).fill("Paula Omzeiling");
    await page.getByRole("button", { name: "Naam opslaan" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("Stel eerst tweestapsverificatie in");
    expect(queryDatabase<{ name: string }>("select name from users where id = ?", user.id)[0]!.name).toBe(user.name);

    // Every dashboard page leads to the setup page, which has no navigation to anywhere else.
    for (const path of ["/redactie", "/redactie/berichten", "/redactie/account"]) {
      await page.goto(path);
      await page.waitForURL(`**${SETUP_PATH}`);
    }
    await expect(page.getByRole("alert").filter({ hasText: "Voor uw rol is een tweede stap bij het inloggen verplicht." })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Redactie" })).toHaveCount(0);

    // Right after a fresh login too.
    await logOut(page);
    await typePassword(page, user);
    await page.waitForURL(`**${SETUP_PATH}`);

    // Once set up, the dashboard opens.
    const { secret } = await setUpTotp(page, user.id);
    await page.goto("/redactie/berichten");
    await expect(page).toHaveURL(/\/redactie\/berichten$/);
    await expect(page.getByRole("navigation", { name: "Redactie" })).toBeVisible();

    // And the next login asks for the code.
    await logOut(page);
    await passwordStep(page, user);
    await enterCode(page, await freshCode(secret, user.id));
    await page.waitForURL("**/redactie");

    // Roles the setting does not name are not asked.
    const editor = await createUser(admin, "Eddy Exempt", "editor");
    const other = await ownBrowser(browser);
    await typePassword(other, editor);
    await other.waitForURL("**/redactie");
    await other.goto("/redactie/berichten");
    await expect(other).toHaveURL(/\/redactie\/berichten$/);
  } finally {
    requireSecondFactorFor(null);
    await admin.context().close();
  }
});

test("the owner gets exactly one mail per change to their second factor, without codes or secrets", async ({ browser }) => {
  const smtp = await startSmtp();
  try {
    const admin = await pageAs(browser, "admin");
    const user = await createUser(admin, "Mees Melding");
    const page = await ownBrowser(browser);
    await typePassword(page, user);
    await page.waitForURL("**/redactie");

    const { secret, recoveryCodes } = await setUpTotp(page, user.id); // 1: turned on
    await page.getByRole("button", { name: "Nieuwe herstelcodes maken" }).click(); // 2: new recovery codes
    await expect(page.locator(".recovery-codes__list code")).toHaveCount(10);
    const renewed = await page.locator(".recovery-codes__list code").allTextContents();
    expect(renewed).toHaveLength(10);
    await logOut(page);

    await passwordStep(page, user);
    await page.getByRole("link", { name: "Herstelcode gebruiken" }).click();
    await enterCode(page, recoveryCodes[0]!, "Herstelcode");
    // The codes from before the renewal no longer work.
    await expect(page.locator(".field__error")).toContainText("Deze code klopt niet.");
    await enterCode(page, renewed[0]!, "Herstelcode"); // 3: recovery code used
    await page.waitForURL("**/redactie");

    await page.goto(SETUP_PATH);
    await page.getByLabel("Huidige code").fill(await freshCode(secret, user.id));
    await page.getByRole("button", { name: "Authenticator-app uitzetten" }).click(); // 4: turned off
    await expect(page.getByRole("button", { name: "Authenticator-app instellen" })).toBeVisible();

    await expect.poll(() => mailTo(smtp, user.email).length, { timeout: 30_000 }).toBe(4);
    await settle(smtp, [user.email]);
    const mails = mailTo(smtp, user.email);
    expect(mails).toHaveLength(4);
    expect(mails.map((m) => /aangezet|nieuwe herstelcodes|met een herstelcode|uitgezet/.exec(m.body)?.[0])).toEqual([
      "aangezet",
      "nieuwe herstelcodes",
      "met een herstelcode",
      "uitgezet",
    ]);
    for (const mail of mails) {
      expect(mail.headers).toMatch(/^Subject: Beveiliging van uw account bij .+ gewijzigd$/im);
      expect(mail.headers).toMatch(/^Auto-Submitted: auto-generated$/im);
      for (const secretText of [secret, ...recoveryCodes, ...renewed]) expect(mail.body).not.toContain(secretText);
    }
    await admin.context().close();
  } finally {
    await smtp.stop();
  }
});
