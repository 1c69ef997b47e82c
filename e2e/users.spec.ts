import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { queryDatabase } from "./support/database";
import { accounts, cookieHeader, formError, logIn, pageAs } from "./support/accounts";

const userCount = (email: string) => queryDatabase<{ n: number }>("select count(*) as n from users where email = ?", email)[0]!.n;
const activeAdmins = () => queryDatabase<{ email: string }>("select email from users where role = 'admin' and disabled = 0").map((u) => u.email);

async function fillNewUser(page: Page, user: { name: string; email: string; role: string }, password?: string) {
  const form = page.getByRole("region", { name: "Nieuwe gebruiker" });
  await form.getByLabel("Naam").fill(user.name);
  await form.getByLabel("E-mailadres").fill(user.email);
  await form.getByLabel("Rol").selectOption(user.role);
  if (password) {
    await form.getByLabel("Tijdelijk wachtwoord dat ik zelf doorgeef").check();
    await form.getByLabel("Tijdelijk wachtwoord", { exact: true }).fill(password);
  }
  return form;
}

test.describe("managing users", () => {
  test("the admin creates an author, who then sees only what an author may", async ({ browser }) => {
    const admin = await pageAs(browser, "admin");
    await admin.goto("/redactie/gebruikers");
    const form = await fillNewUser(admin, { name: "Nina Nieuw", email: "nina@test.example", role: "author" }, "nieuwe auteur wachtwoord");
    await form.getByRole("button", { name: "Gebruiker aanmaken" }).click();
    await expect(admin.getByText("Gebruiker Nina Nieuw is aangemaakt.")).toBeVisible();
    await expect(admin.getByRole("rowheader", { name: "Nina Nieuw" })).toBeVisible();

    const nina = await browser.newPage();
    await nina.goto("/inloggen");
    await nina.getByLabel("E-mailadres").fill("nina@test.example");
    await nina.getByLabel("Wachtwoord").fill("nieuwe auteur wachtwoord");
    await nina.getByRole("button", { name: "Inloggen" }).click();
    await expect(nina.getByRole("heading", { level: 1 })).toHaveText("Welkom, Nina Nieuw");
    const nav = nina.getByRole("navigation", { name: "Redactie" });
    await expect(nav.getByRole("link")).toHaveText(["Overzicht", "Berichten", "Ter beoordeling", "Concepten", "Vragen", "Media", "Account"]);
    expect((await nina.goto("/redactie/gebruikers"))?.status()).toBe(403);
  });

  test("a bad new user keeps what was typed and says what is wrong next to each field", async ({ page }) => {
    await logIn(page, "admin");
    await page.goto("/redactie/gebruikers");
    const form = await fillNewUser(page, { name: "Kees Kort", email: accounts.editor.email, role: "editor" }, "kort");
    await form.getByRole("button", { name: "Gebruiker aanmaken" }).click();
    await expect(form.locator("#veld-password-fout")).toContainText("minstens 12 tekens");
    await expect(form.getByLabel("Naam")).toHaveValue("Kees Kort");
    await form.getByLabel("Tijdelijk wachtwoord", { exact: true }).fill("123456789012");
    await form.getByRole("button", { name: "Gebruiker aanmaken" }).click();
    await expect(form.locator("#veld-email-fout")).toContainText("bestaat al een gebruiker");
    await form.getByLabel("E-mailadres").fill("kees@test.example");
    await form.getByLabel("Tijdelijk wachtwoord", { exact: true }).fill("123456789012");
    await form.getByRole("button", { name: "Gebruiker aanmaken" }).click();
    await expect(form.locator("#veld-password-fout")).toContainText("veelgebruikte wachtwoorden");
    expect(userCount("kees@test.example")).toBe(0);
  });

  test("a user created with a one-time link chooses a password through it, once", async ({ browser }) => {
    const admin = await pageAs(browser, "admin");
    await admin.goto("/redactie/gebruikers");
    const form = await fillNewUser(admin, { name: "Lieke Link", email: "lieke@test.example", role: "editor" });
    await form.getByRole("button", { name: "Gebruiker aanmaken" }).click();
    const message = await form.getByRole("status").textContent();
    const link = message!.match(/https?:\/\/\S+/)![0];

    const lieke = await browser.newPage();
    await lieke.goto(link);
    await lieke.getByLabel("Nieuw wachtwoord").fill("lieke kiest een lang wachtwoord");
    await lieke.getByLabel("Herhaal wachtwoord").fill("lieke kiest een lang wachtwoord");
    await lieke.getByRole("button", { name: "Wachtwoord instellen" }).click();
    await expect(lieke.getByRole("status")).toHaveText("Uw wachtwoord is ingesteld. U kunt nu inloggen.");
    await lieke.getByLabel("E-mailadres").fill("lieke@test.example");
    await lieke.getByLabel("Wachtwoord").fill("lieke kiest een lang wachtwoord");
    await lieke.getByRole("button", { name: "Inloggen" }).click();
    await expect(lieke.getByRole("heading", { level: 1 })).toHaveText("Welkom, Lieke Link");

    const again = await browser.newPage();
    await again.goto(link);
    await again.getByLabel("Nieuw wachtwoord").fill("nog een ander lang wachtwoord");
    await again.getByLabel("Herhaal wachtwoord").fill("nog een ander lang wachtwoord");
    await again.getByRole("button", { name: "Wachtwoord instellen" }).click();
    await expect(formError(again)).toContainText("verlopen of al gebruikt");
  });

  test("the last active admin cannot be demoted", async ({ page }) => {
    await logIn(page, "admin");
    await page.goto("/redactie/gebruikers");
    // Make this admin the only active one first: no test should leave another admin behind, but if one did,
    // this test would otherwise pass or fail depending on the order the tests ran in.
    const others = queryDatabase<{ name: string }>("select name from users where role = 'admin' and disabled = 0 and email <> ?", accounts.admin.email);
    for (const { name } of others) {
      const other = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
      await other.getByLabel(`Rol van ${name}`).selectOption("editor");
      await other.getByRole("button", { name: "Rol wijzigen" }).click();
      await expect(other.getByText("De rol is gewijzigd.")).toBeVisible();
    }
    expect(activeAdmins()).toEqual([accounts.admin.email]);

    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: accounts.admin.name }) });
    await row.getByLabel(`Rol van ${accounts.admin.name}`).selectOption("editor");
    await row.getByRole("button", { name: "Rol wijzigen" }).click();
    await expect(row.getByRole("alert")).toContainText("laatste actieve beheerder");
    expect(activeAdmins()).toEqual([accounts.admin.email]);
  });
});

test.describe("sessions that end", () => {
  test("a disabled user's existing session stops working", async ({ browser }) => {
    const victim = await pageAs(browser, "toDisable");
    await expect(victim.getByRole("heading", { level: 1 })).toContainText("Welkom");
    const admin = await pageAs(browser, "admin");
    await admin.goto("/redactie/gebruikers");
    await admin.getByRole("button", { name: `${accounts.toDisable.name} blokkeren` }).click();
    await expect(admin.getByText("De gebruiker is geblokkeerd.")).toBeVisible();
    await victim.goto("/redactie");
    await expect(victim).toHaveURL(/\/inloggen/);
    await victim.getByLabel("E-mailadres").fill(accounts.toDisable.email);
    await victim.getByLabel("Wachtwoord").fill(accounts.toDisable.password);
    await victim.getByRole("button", { name: "Inloggen" }).click();
    await expect(formError(victim)).toHaveText("Onbekend e-mailadres of onjuist wachtwoord.");
  });

  test("changing a user's role ends their session", async ({ browser }) => {
    const victim = await pageAs(browser, "toDemote");
    const admin = await pageAs(browser, "admin");
    await admin.goto("/redactie/gebruikers");
    const row = admin.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: accounts.toDemote.name }) });
    await row.getByLabel(`Rol van ${accounts.toDemote.name}`).selectOption("author");
    await row.getByRole("button", { name: "Rol wijzigen" }).click();
    await expect(row.getByText("De rol is gewijzigd.")).toBeVisible();
    await victim.goto("/redactie/medewerkers");
    await expect(victim).toHaveURL(/\/inloggen/);
  });
});

test.describe("server actions called directly", () => {
  test("creating a user without a session, or as an author, is refused and changes nothing", async ({ browser, playwright, baseURL }) => {
    const admin = await pageAs(browser, "admin");
    await admin.goto("/redactie/gebruikers");
    // Capture the exact request the browser sends for "create user", and stop it before it reaches the server.
    let captured: { headers: Record<string, string>; body: Buffer } | undefined;
    await admin.route("**/redactie/gebruikers", async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"]) {
        captured = { headers: request.headers(), body: request.postDataBuffer()! };
        await route.abort();
      } else await route.continue();
    });
    // An editor, not an admin: the positive control below really creates this account, and a second active admin
    // would change what "the last active admin cannot be demoted" sees when it runs later.
    const forged = `forged-${crypto.randomBytes(3).toString("hex")}@test.example`;
    const form = await fillNewUser(admin, { name: "Vera Vervalst", email: forged, role: "editor" }, "vervalst maar lang genoeg");
    await form.getByRole("button", { name: "Gebruiker aanmaken" }).click();
    await expect.poll(() => captured).toBeDefined();

    const replay = async (cookie?: string) => {
      const context = await playwright.request.newContext({ baseURL });
      const { "next-action": action, "content-type": type, origin, accept } = captured!.headers;
      const response = await context.post("/redactie/gebruikers", {
        headers: { "next-action": action!, "content-type": type!, origin: origin!, accept: accept ?? "text/x-component", ...(cookie ? { cookie } : {}) },
        data: captured!.body,
        maxRedirects: 0,
      });
      const answer = { status: response.status(), location: response.headers()["location"], text: await response.text() };
      await context.dispose();
      return answer;
    };

    // Without any cookie the proxy already sends the request to the login page; with a made-up cookie it reaches
    // the action, which refuses.
    const anonymous = await replay();
    expect(anonymous.status).toBe(307);
    expect(anonymous.location).toContain("/inloggen");
    expect(userCount(forged)).toBe(0);
    expect((await replay("authjs.session-token=vervalst")).text).toContain("geen toegang");
    expect(userCount(forged)).toBe(0);

    const author = await pageAs(browser, "author");
    expect((await replay(await cookieHeader(author))).text).toContain("geen toegang");
    expect(userCount(forged)).toBe(0);
    // Refused by the permission check, and logged against the author who tried.
    const refusals = queryDatabase<{ n: number }>(
      "select count(*) as n from audit_events a join users u on u.id = a.user_id where a.action = 'permission.denied' and u.email = ?",
      accounts.author.email,
    )[0]!.n;
    expect(refusals).toBeGreaterThanOrEqual(1);

    // The same bytes with the admin's session do create the user: the refusals above were the permission check.
    expect((await replay(await cookieHeader(admin))).text).toContain("is aangemaakt");
    expect(userCount(forged)).toBe(1);
  });
});
