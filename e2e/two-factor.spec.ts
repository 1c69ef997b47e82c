import { expect, test } from "@playwright/test";
import { accounts, pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";
import {
  enterCode,
  freshCode,
  logOut,
  mailsQueuedFor,
  ownBrowser,
  passwordStep,
  secondFactorAudit,
  setUpTotp,
  SETUP_PATH,
  typePassword,
} from "./support/second-factor";
import { createUser } from "./support/users";

// The second factor for staff (issue 14). Every test makes its own account and uses its own browser and client
// address. The owner's notifications are counted in the outbox here (the mail server itself is the policy spec's:
// one SMTP server on the port at a time); e2e/two-factor-policy.spec.ts receives them over SMTP.

test.describe("second factor", () => {
  test.describe.configure({ timeout: 90_000 });

  test("an author sets up an authenticator app, after which password and code log in and the password alone does not", async ({ browser }) => {
    const admin = await pageAs(browser, "admin");
    const user = await createUser(admin, "Tessa Totp");
    const page = await ownBrowser(browser);
    await typePassword(page, user);
    await page.waitForURL("**/redactie");

    await page.goto(SETUP_PATH);
    await page.getByRole("button", { name: "Authenticator-app instellen" }).click();
    const secret = (await page.locator(".totp-secret").textContent())!.replace(/\s+/g, "");
    // A wrong code does not turn it on.
    await page.getByLabel("Code uit de app").fill("000000");
    await page.getByRole("button", { name: "Aanzetten" }).click();
    await expect(page.locator(".field__error")).toContainText("Deze code klopt niet.");
    expect(queryDatabase<{ on: number | null }>("select totp_enabled_at as \"on\" from users where id = ?", user.id)[0]!.on).toBeNull();
    // The right one does, and hands out ten recovery codes that are stored only as hashes.
    await page.getByLabel("Code uit de app").fill(await freshCode(secret, user.id));
    await page.getByRole("button", { name: "Aanzetten" }).click();
    await expect(page.locator(".recovery-codes__list code")).toHaveCount(10);
    const codes = await page.locator(".recovery-codes__list code").allTextContents();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = queryDatabase<{ code_hash: string }>("select code_hash from recovery_codes where user_id = ?", user.id).map((r) => r.code_hash);
    expect(stored).toHaveLength(10);
    for (const code of codes) expect(stored.join(" ")).not.toContain(code.replace("-", ""));
    const sealed = queryDatabase<{ s: string }>("select totp_secret as s from users where id = ?", user.id)[0]!.s;
    expect(sealed).not.toContain(secret);
    await logOut(page);

    // The password alone: the second step, and no session yet.
    await passwordStep(page, user);
    const field = page.getByLabel("Code uit uw authenticator-app");
    await expect(field).toHaveAttribute("autocomplete", "one-time-code");
    await expect(field).toHaveAttribute("inputmode", "numeric");
    await page.goto("/redactie");
    await page.waitForURL(/\/inloggen/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen: tweede stap");

    // A wrong code is refused in Dutch and the second step stays.
    await enterCode(page, "123456");
    await expect(page.locator(".field__error")).toContainText("Deze code klopt niet.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen: tweede stap");
    await enterCode(page, await freshCode(secret, user.id));
    await page.waitForURL("**/redactie");
    await expect(page.getByText("Ingelogd als")).toContainText(user.name);

    expect(mailsQueuedFor(user.email)).toHaveLength(1);
    expect(mailsQueuedFor(user.email)[0]!.text).toContain("authenticator-app is aangezet");
    expect(mailsQueuedFor(user.email)[0]!.text).not.toContain(secret);
    expect(secondFactorAudit(user.id).map((a) => a.action)).toEqual(["second_factor.totp_enabled"]);
    expect(queryDatabase("select 1 from audit_events where action = 'login.succeeded' and user_id = ? and detail like '%totp%'", user.id)).toHaveLength(1);
    await admin.context().close();
  });

  test("a code cannot be used twice, not even for a second login within its 30 seconds", async ({ browser }) => {
    const admin = await pageAs(browser, "admin");
    const user = await createUser(admin, "Rens Replay");
    const page = await ownBrowser(browser);
    await typePassword(page, user);
    await page.waitForURL("**/redactie");
    const { secret } = await setUpTotp(page, user.id);
    await logOut(page);

    const code = await freshCode(secret, user.id);
    await passwordStep(page, user);
    await enterCode(page, code);
    await page.waitForURL("**/redactie");
    await logOut(page);

    await passwordStep(page, user);
    await enterCode(page, code);
    await expect(page.locator(".field__error")).toContainText("Deze code is al gebruikt.");
    await page.goto("/redactie");
    await page.waitForURL(/\/inloggen/);
    await admin.context().close();
  });

  test("a recovery code logs in once, and its owner is told how many are left", async ({ browser }) => {
    const admin = await pageAs(browser, "admin");
    const user = await createUser(admin, "Hanna Herstel");
    const page = await ownBrowser(browser);
    await typePassword(page, user);
    await page.waitForURL("**/redactie");
    const { recoveryCodes } = await setUpTotp(page, user.id);
    await logOut(page);

    await passwordStep(page, user);
    await page.getByRole("link", { name: "Herstelcode gebruiken" }).click();
    // Typed as people do from paper: capitals and spaces do not matter.
    await enterCode(page, ` ${recoveryCodes[3]!.toUpperCase()} `, "Herstelcode");
    await page.waitForURL("**/redactie");
    await logOut(page);

    await passwordStep(page, user);
    await page.getByRole("link", { name: "Herstelcode gebruiken" }).click();
    await enterCode(page, recoveryCodes[3]!, "Herstelcode");
    await expect(page.locator(".field__error")).toContainText("Deze code klopt niet.");
    // Another one still works.
    await enterCode(page, recoveryCodes[4]!, "Herstelcode");
    await page.waitForURL("**/redactie");

    const mails = mailsQueuedFor(user.email);
    expect(mails.map((m) => m.text.includes("ingelogd met een herstelcode"))).toEqual([false, true, true]);
    expect(mails[1]!.text).toContain("u heeft nog 9 herstelcodes");
    expect(mails[2]!.text).toContain("u heeft nog 8 herstelcodes");
    for (const mail of mails) for (const code of recoveryCodes) expect(mail.text).not.toContain(code);
    expect(secondFactorAudit(user.id).map((a) => a.action)).toEqual(["second_factor.totp_enabled", "second_factor.recovery_code_used", "second_factor.recovery_code_used"]);
    await admin.context().close();
  });

  test("code attempts count against the login limits: after five attempts even the right code waits", async ({ browser }) => {
    const admin = await pageAs(browser, "admin");
    const user = await createUser(admin, "Gijs Gokker");
    const setup = await ownBrowser(browser);
    await typePassword(setup, user);
    await setup.waitForURL("**/redactie");
    const { secret } = await setUpTotp(setup, user.id);

    // A browser that never logged in to this account, from its own address: five attempts a quarter hour.
    const page = await ownBrowser(browser);
    await passwordStep(page, user);
    for (const wrong of ["111111", "222222", "333333", "444444"]) {
      await enterCode(page, wrong);
      await expect(page.locator(".field__error")).toContainText("Deze code klopt niet.");
    }
    await enterCode(page, await freshCode(secret, user.id));
    await expect(page.locator(".field__error")).toContainText("Te veel mislukte pogingen. Probeer het over");
    await page.goto("/redactie");
    await page.waitForURL(/\/inloggen/);
    await admin.context().close();
  });

  test("an admin resets a user's second factor: their session ends, the password alone logs in again, and they are told", async ({ browser }) => {
    const admin = await pageAs(browser, "admin");
    const user = await createUser(admin, "Lotte Lostphone");
    const page = await ownBrowser(browser);
    await typePassword(page, user);
    await page.waitForURL("**/redactie");
    await setUpTotp(page, user.id);
    await page.goto("/redactie");

    await admin.goto("/redactie/gebruikers");
    const reset = admin.getByRole("button", { name: `Tweestapsverificatie van ${user.name} uitzetten` });
    await reset.click();
    // The row now says "Uit" and offers no reset any more.
    await expect(reset).toHaveCount(0);
    await expect(admin.getByRole("row", { name: new RegExp(user.name) }).getByRole("cell", { name: "Uit", exact: true })).toBeVisible();

    await page.goto("/redactie");
    await page.waitForURL(/\/inloggen/);
    expect(queryDatabase("select 1 from recovery_codes where user_id = ? union all select 1 from passkeys where user_id = ?", user.id, user.id)).toEqual([]);
    expect(queryDatabase<{ s: string | null }>("select totp_secret as s from users where id = ?", user.id)[0]!.s).toBeNull();
    await typePassword(page, user);
    await page.waitForURL("**/redactie");

    const adminId = queryDatabase<{ id: number }>("select id from users where email = ?", accounts.admin.email)[0]!.id;
    const audit = secondFactorAudit(user.id);
    expect(audit.map((a) => a.action)).toEqual(["second_factor.totp_enabled", "second_factor.reset"]);
    expect(audit[1]!.user_id).toBe(adminId);
    const mails = mailsQueuedFor(user.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain("Een beheerder heeft de tweestapsverificatie van uw account uitgezet");
    await admin.context().close();
  });

  test("a passkey is registered with Chromium's virtual authenticator, logs in on its own, and can be renamed and removed", async ({ browser, baseURL }) => {
    const admin = await pageAs(browser, "admin");
    const user = await createUser(admin, "Pim Passkey");
    // Browsers refuse an IP address as WebAuthn relying party: passkeys use localhost for a 127.0.0.1 SITE_URL.
    const page = await ownBrowser(browser, baseURL!.replace("127.0.0.1", "localhost"));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    await typePassword(page, user);
    await page.waitForURL("**/redactie");

    await page.goto(SETUP_PATH);
    await page.getByLabel("Naam van de passkey").fill("Laptop kantoor");
    await page.getByRole("button", { name: "Passkey toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De passkey “Laptop kantoor” is toegevoegd." })).toBeVisible();
    await expect(page.getByRole("table", { name: "Uw passkeys" }).getByRole("rowheader", { name: "Laptop kantoor" })).toBeVisible();
    const [stored] = queryDatabase<{ id: string; public_key: string }>("select id, public_key from passkeys where user_id = ?", user.id);
    expect(stored?.public_key.length).toBeGreaterThan(20);
    await logOut(page);

    // The password alone no longer logs in.
    await passwordStep(page, user);
    await page.getByRole("button", { name: "Annuleren en opnieuw beginnen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen");

    // No e-mail address, no password: the authenticator says whose passkey it is.
    await page.getByRole("button", { name: "Passkey gebruiken" }).click();
    await page.waitForURL("**/redactie");
    await expect(page.getByText("Ingelogd als")).toContainText(user.name);
    expect(queryDatabase<{ used: number | null }>("select last_used_at as used from passkeys where id = ?", stored!.id)[0]!.used).not.toBeNull();
    expect(queryDatabase("select 1 from audit_events where action = 'login.succeeded' and user_id = ? and detail like '%passkey%'", user.id)).toHaveLength(1);

    await page.goto(SETUP_PATH);
    await page.getByLabel("Nieuwe naam voor Laptop kantoor").fill("Oude laptop");
    await page.getByRole("button", { name: "Naam wijzigen" }).click();
    await expect(page.getByRole("rowheader", { name: "Oude laptop" })).toBeVisible();
    await page.getByRole("button", { name: "Oude laptop verwijderen" }).click();
    await expect(page.getByRole("table", { name: "Uw passkeys" })).toHaveCount(0);

    expect(secondFactorAudit(user.id).map((a) => a.action)).toEqual(["second_factor.passkey_added", "second_factor.passkey_removed"]);
    const mails = mailsQueuedFor(user.email);
    expect(mails.map((m) => m.kind)).toEqual(["notification", "notification"]);
    expect(mails[0]!.text).toContain("Er is een passkey toegevoegd: “Laptop kantoor”.");
    expect(mails[1]!.text).toContain("De passkey “Oude laptop” is verwijderd.");
    await admin.context().close();
  });
});
