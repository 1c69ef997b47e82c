import crypto from "node:crypto";
import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { PostEditor } from "./pages/post-editor";
import { cookieHeader, logInWith, pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { fixture, uploadImage } from "./support/media";
import { askQuestion, expectSent, readerPage, runJobsAt, uniqueEmail } from "./support/questions";
import { captureRequest, FORGED_SESSION, replay, withFileContents, type Answer, type CapturedRequest } from "./support/replay";
import { createUser } from "./support/users";

// Every permission-checked server action, called directly: the permitted person's page sends the real request,
// the test stops it, and replays the same bytes with no session, a forged session and each role that may not.
// Each refusal must leave the rows the action would change as they were; the permitted person's replay must
// change them, so a refusal can never pass because the request was broken. No case creates an admin: a second
// active admin would change what "the last active admin cannot be demoted" (users.spec.ts) sees.

const DENIED = "U heeft geen toegang tot deze handeling.";
const NOT_YOUR_POST = "Dit bericht bestaat niet of u mag het niet bewerken.";
const NOT_YOUR_QUESTION = "Deze vraag bestaat niet of is niet aan u gericht.";

type Refused = "anonymous" | "author" | "editor";
/** What a refused caller gets: a text in the action's answer, or an HTTP status from a route handler. */
type Refusal = string | number;

type ActionCase<T> = {
  /** The action, as the start of a sentence. */
  action: string;
  /** Who may do it, as the end of a sentence. */
  permitted: string;
  /** Logs in the permitted person, prepares what the action acts on, returns the page that will send it. */
  setUp: (browser: Browser) => Promise<{ page: Page; target: T }>;
  /** Brings the page to the form first, where that takes requests of its own (a lookup before an erasure). */
  prepare?: (page: Page, target: T) => Promise<void>;
  /** Opens the page and submits the form, as that person would. */
  send: (page: Page, target: T) => Promise<void>;
  /** Who is refused and how; "anonymous" is a request with a session cookie the server did not sign. */
  refused: Partial<Record<Refused, Refusal>>;
  /** The rows the action changes: equal before and after a refusal, different after the permitted replay. */
  state: (target: T) => unknown;
  /** Completes the captured request where the browser left something out (an upload's file bytes). */
  complete?: (captured: CapturedRequest) => CapturedRequest;
};

const defineCase = <T>(c: ActionCase<T>) => c as ActionCase<unknown>;
const suffix = () => crypto.randomBytes(3).toString("hex");
const rows = (sql: string, ...params: unknown[]) => queryDatabase<Record<string, unknown>>(sql, ...params);

function expectRefused(answer: Answer, refusal: Refusal, who: string) {
  if (typeof refusal === "number") expect(answer.status, `status for ${who}`).toBe(refusal);
  else expect(answer.text, `answer for ${who}`).toContain(refusal);
}

function refusedList(refused: Partial<Record<Refused, Refusal>>) {
  const names = Object.keys(refused).map((who) => (who === "anonymous" ? "without a session" : `for an ${who}`));
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
}

function runCases(cases: ActionCase<unknown>[]) {
  for (const c of cases) {
    test(`${c.action} is refused ${refusedList(c.refused)} and changes nothing, while ${c.permitted} succeeds`, async ({ browser, playwright }) => {
      test.setTimeout(90_000);
      const { page, target } = await c.setUp(browser);
      if (c.prepare) await c.prepare(page, target);
      const sent = await captureRequest(page, () => c.send(page, target));
      const captured = c.complete ? c.complete(sent) : sent;
      const permittedCookie = await cookieHeader(page);
      await page.close();
      const before = c.state(target);

      if (captured.headers["next-action"] && new URL(captured.url).pathname.startsWith("/redactie")) {
        // Without any cookie the proxy already sends the request to the login page (convenience, not the guard).
        const none = await replay(playwright, captured);
        expect(none.status).toBe(307);
        expect(none.location).toContain("/inloggen");
        expect(c.state(target)).toEqual(before);
      } else if (typeof c.refused.anonymous === "number") {
        // A route handler answers a request without any cookie itself.
        expect((await replay(playwright, captured)).status).toBe(c.refused.anonymous);
        expect(c.state(target)).toEqual(before);
      }
      for (const [who, refusal] of Object.entries(c.refused) as [Refused, Refusal][]) {
        const cookie = who === "anonymous" ? FORGED_SESSION : await cookieHeader(await pageAs(browser, who));
        expectRefused(await replay(playwright, captured, cookie), refusal, who);
        expect(c.state(target), `after the ${who}'s request`).toEqual(before);
      }

      // Positive control: the same bytes with the permitted person's session do change the rows.
      const allowed = await replay(playwright, captured, permittedCookie);
      expect(allowed.text).not.toContain(DENIED);
      expect(c.state(target)).not.toEqual(before);
    });
  }
}

/** A fresh account, logged in in its own browser context, so account-wide actions touch no shared login. */
async function ownAccount(browser: Browser, label: string) {
  const admin = await pageAs(browser, "admin");
  const user = await createUser(admin, label);
  await admin.context().close();
  const page = await (await browser.newContext()).newPage();
  await logInWith(page, user);
  return { page, user };
}

/** A question from the contact form, to the general inbox (no author's inbox). */
async function askGeneralQuestion(browser: Browser, label: string) {
  const reader = await readerPage(browser);
  const email = uniqueEmail(label);
  await reader.goto("/contact");
  await askQuestion(reader, { name: "Vraagsteller Rechten", email, message: "Een vraag om toegang mee te toetsen." });
  await expectSent(reader);
  await reader.context().close();
  return { id: queryDatabase<{ id: number }>("select id from questions where email = ?", email)[0]!.id, email };
}

/** A draft by the editor, saved twice, so it has an earlier version to restore. */
async function editorsDraft(browser: Browser) {
  const page = await pageAs(browser, "editor");
  const editor = new PostEditor(page);
  const title = `Concept van de redacteur ${suffix()}`;
  await editor.openNew();
  await editor.title().fill(title);
  await editor.submit("Opslaan");
  const id = await editor.id();
  await editor.title().fill(`${title} (tweede versie)`);
  await editor.submit("Opslaan");
  await expect.poll(() => rows("select version from posts where id = ?", id)[0]!.version).toBe(2);
  return { page, target: { id, title } };
}

const userRow = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });

test.describe("every permission-checked server action, called directly", () => {
  runCases([
    defineCase({
      action: "saving a new colleague in the staff directory",
      permitted: "an editor",
      setUp: async (browser) => ({ page: await pageAs(browser, "editor"), target: { name: `Medewerker ${suffix()}` } }),
      send: async (page, { name }) => {
        await page.goto("/redactie/medewerkers/nieuw");
        await page.getByLabel("Naam").fill(name);
        await page.getByRole("button", { name: "Opslaan" }).click();
      },
      refused: { anonymous: DENIED, author: DENIED },
      state: ({ name }) => rows("select id from people where name = ?", name),
    }),
    defineCase({
      action: "deleting a colleague from the staff directory",
      permitted: "an editor",
      setUp: async (browser) => {
        const page = await pageAs(browser, "editor");
        const name = `Te verwijderen ${suffix()}`;
        await page.goto("/redactie/medewerkers/nieuw");
        await page.getByLabel("Naam").fill(name);
        await page.getByRole("button", { name: "Opslaan" }).click();
        await expect(page.getByRole("status")).toHaveText("De medewerker is aangemaakt.");
        return { page, target: { name, id: Number(new URL(page.url()).pathname.split("/").pop()) } };
      },
      send: async (page, { id, name }) => {
        await page.goto(`/redactie/medewerkers/${id}`);
        await page.getByRole("button", { name: `${name} verwijderen` }).click();
      },
      refused: { anonymous: DENIED, author: DENIED },
      state: ({ id }) => rows("select id, name from people where id = ?", id),
    }),
    defineCase({
      action: "changing one's own name",
      permitted: "the account's owner",
      setUp: async (browser) => {
        const { page, user } = await ownAccount(browser, "Naamwijziger");
        return { page, target: { id: user.id, name: `${user.name} Nieuw` } };
      },
      send: async (page, { name }) => {
        await page.goto("/redactie/account");
        await page.getByRole("textbox", { name: "Naam" }).fill(name);
        await page.getByRole("button", { name: "Naam opslaan" }).click();
      },
      refused: { anonymous: DENIED },
      state: ({ id }) => rows("select name from users where id = ?", id),
    }),
    defineCase({
      action: "changing one's own password",
      permitted: "the account's owner",
      setUp: async (browser) => {
        const { page, user } = await ownAccount(browser, "Wachtwoordwijziger");
        return { page, target: user };
      },
      send: async (page, user) => {
        await page.goto("/redactie/account");
        await page.getByLabel("Huidig wachtwoord").fill(user.password);
        await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(`een ander lang wachtwoord ${suffix()}`);
        await page.getByLabel("Herhaal nieuw wachtwoord").fill(await page.getByLabel("Nieuw wachtwoord", { exact: true }).inputValue());
        await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
      },
      refused: { anonymous: DENIED },
      state: ({ id }) => rows("select password_hash, session_version from users where id = ?", id),
    }),
    defineCase({
      action: "logging out everywhere",
      permitted: "the account's owner",
      setUp: async (browser) => {
        const { page, user } = await ownAccount(browser, "Uitlogger");
        return { page, target: user };
      },
      send: async (page) => {
        await page.goto("/redactie/account");
        await page.getByRole("button", { name: "Overal uitloggen" }).click();
      },
      refused: { anonymous: DENIED },
      state: ({ id }) => rows("select session_version from users where id = ?", id),
    }),
    // Uploads go to a route handler (app/redactie/media/upload/route.ts): it answers a refusal with a status.
    defineCase({
      action: "uploading an image",
      permitted: "an author (every role may upload)",
      setUp: async (browser) => ({ page: await pageAs(browser, "author"), target: { alt: `Geüploade foto ${suffix()}` } }),
      send: async (page, { alt }) => {
        await page.goto("/redactie/media");
        await page.getByLabel("Afbeelding", { exact: true }).setInputFiles(fixture("landscape.png"));
        await page.getByLabel("Alt-tekst", { exact: true }).fill(alt);
        await page.getByRole("button", { name: "Uploaden" }).click();
      },
      refused: { anonymous: 401 },
      state: ({ alt }) => rows("select id from media where alt = ?", alt),
      complete: (captured) => withFileContents(captured, "landscape.png", fs.readFileSync(fixture("landscape.png"))),
    }),
    defineCase({
      action: "deleting an image",
      permitted: "an editor",
      setUp: async (browser) => {
        const page = await pageAs(browser, "editor");
        const alt = `Te verwijderen foto ${suffix()}`;
        await uploadImage(page, alt);
        return { page, target: { alt } };
      },
      send: async (page, { alt }) => {
        await page.goto(`/redactie/media?q=${encodeURIComponent(alt)}`);
        await page.getByRole("button", { name: `“${alt}” verwijderen` }).click();
      },
      refused: { anonymous: DENIED, author: DENIED },
      state: ({ alt }) => rows("select id from media where alt = ?", alt),
    }),
    defineCase({
      action: "creating a user",
      permitted: "an admin",
      setUp: async (browser) => ({ page: await pageAs(browser, "admin"), target: { email: `aangemaakt-${suffix()}@test.example` } }),
      send: async (page, { email }) => {
        await page.goto("/redactie/gebruikers");
        const form = page.getByRole("region", { name: "Nieuwe gebruiker" });
        await form.getByLabel("Naam").fill("Vera Vervalst");
        await form.getByLabel("E-mailadres").fill(email);
        await form.getByLabel("Rol").selectOption("editor");
        await form.getByRole("button", { name: "Gebruiker aanmaken" }).click();
      },
      refused: { anonymous: DENIED, author: DENIED, editor: DENIED },
      state: ({ email }) => rows("select id from users where email = ?", email),
    }),
    defineCase({
      action: "changing a user's role",
      permitted: "an admin",
      setUp: async (browser) => {
        const page = await pageAs(browser, "admin");
        return { page, target: await createUser(page, "Rolwissel Doel") };
      },
      send: async (page, user) => {
        await page.goto("/redactie/gebruikers");
        const row = userRow(page, user.name);
        await row.getByLabel(`Rol van ${user.name}`).selectOption("editor");
        await row.getByRole("button", { name: "Rol wijzigen" }).click();
      },
      refused: { anonymous: DENIED, author: DENIED, editor: DENIED },
      state: ({ id }) => rows("select role, session_version from users where id = ?", id),
    }),
    defineCase({
      action: "blocking a user",
      permitted: "an admin",
      setUp: async (browser) => {
        const page = await pageAs(browser, "admin");
        return { page, target: await createUser(page, "Blokkade Doel") };
      },
      send: async (page, user) => {
        await page.goto("/redactie/gebruikers");
        await page.getByRole("button", { name: `${user.name} blokkeren` }).click();
      },
      refused: { anonymous: DENIED, author: DENIED, editor: DENIED },
      state: ({ id }) => rows("select disabled from users where id = ?", id),
    }),
    defineCase({
      action: "resetting a user's password",
      permitted: "an admin",
      setUp: async (browser) => {
        const page = await pageAs(browser, "admin");
        return { page, target: await createUser(page, "Reset Doel") };
      },
      send: async (page, user) => {
        await page.goto("/redactie/gebruikers");
        await page.getByRole("button", { name: `Wachtwoord van ${user.name} opnieuw instellen` }).click();
      },
      refused: { anonymous: DENIED, author: DENIED, editor: DENIED },
      state: ({ id }) => rows("select password_hash, password_token_hash from users where id = ?", id),
    }),
    defineCase({
      action: "marking a question in the general inbox as spam",
      permitted: "an editor",
      setUp: async (browser) => ({ page: await pageAs(browser, "editor"), target: await askGeneralQuestion(browser, "rechten-inbox") }),
      send: async (page, { id }) => {
        await page.goto(`/redactie/vragen/${id}`);
        await page.getByRole("button", { name: "Markeren als spam" }).click();
      },
      // An author may use the inbox, but only for questions addressed to them.
      refused: { anonymous: DENIED, author: NOT_YOUR_QUESTION },
      state: ({ id }) => rows("select status from questions where id = ?", id),
    }),
    defineCase({
      action: "saving an editor's draft",
      permitted: "the editor",
      setUp: editorsDraft,
      send: async (page, { id, title }) => {
        const editor = new PostEditor(page);
        await editor.open(id);
        await editor.title().fill(`${title} (overgenomen)`);
        await page.getByRole("button", { name: "Opslaan", exact: true }).click();
      },
      // An author may save posts, but not someone else's draft.
      refused: { anonymous: DENIED, author: NOT_YOUR_POST },
      state: ({ id }) => rows("select title, version from posts where id = ?", id),
    }),
    defineCase({
      action: "restoring an earlier version of an editor's draft",
      permitted: "the editor",
      setUp: editorsDraft,
      send: async (page, { id }) => {
        await page.goto(`/redactie/berichten/${id}/versies`);
        // The list links to a confirmation step; its button posts the restore.
        await page.getByRole("link", { name: /^Versie \d+ terugzetten…$/ }).first().click();
        await page.getByRole("button", { name: /^Ja, versie \d+ terugzetten$/ }).click();
      },
      refused: { anonymous: DENIED, author: NOT_YOUR_POST },
      state: ({ id }) => rows("select title, version from posts where id = ?", id),
    }),
    defineCase({
      action: "moving an editor's draft to the trash",
      permitted: "the editor",
      setUp: editorsDraft,
      send: async (page, { id }) => {
        await page.goto(`/redactie/berichten/${id}`);
        await page.getByRole("button", { name: "Naar de prullenbak" }).click();
      },
      refused: { anonymous: DENIED, author: NOT_YOUR_POST },
      state: ({ id }) => rows("select trashed_at from posts where id = ?", id),
    }),
    defineCase({
      action: "restoring an editor's draft from the trash",
      permitted: "the editor",
      setUp: async (browser) => {
        const { page, target } = await editorsDraft(browser);
        await page.goto(`/redactie/berichten/${target.id}`);
        await page.getByRole("button", { name: "Naar de prullenbak" }).click();
        await expect(page).toHaveURL(/prullenbak/);
        return { page, target: { ...target, title: rows("select title from posts where id = ?", target.id)[0]!.title as string } };
      },
      send: async (page, { title }) => {
        await page.goto("/redactie/berichten/prullenbak");
        await page.getByRole("button", { name: `Terugzetten: ${title}` }).click();
      },
      refused: { anonymous: DENIED, author: NOT_YOUR_POST },
      state: ({ id }) => rows("select trashed_at from posts where id = ?", id),
    }),
  ]);
});

// The privacy tool: the address is posted (a server action for lookup and erasure, a route handler for the export).
const lookUp = async (page: Page, email: string) => {
  await page.goto("/redactie/vragen/privacy");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Zoeken" }).click();
};

test.describe("the privacy tool, called directly", () => {
  runCases([
    defineCase({
      action: "erasing everything stored for an e-mail address",
      permitted: "an editor",
      setUp: async (browser) => ({ page: await pageAs(browser, "editor"), target: await askGeneralQuestion(browser, "rechten-wissen") }),
      prepare: async (page, { email }) => lookUp(page, email),
      send: async (page, { email }) => {
        await page.getByRole("button", { name: `Alles van ${email} wissen` }).click();
      },
      refused: { anonymous: DENIED, author: DENIED },
      state: ({ email }) => rows("select id from questions where email = ?", email),
    }),
  ]);

  test("looking up and exporting a questioner's data is refused without a session and for an author; an editor gets it", async ({ browser, playwright }) => {
    test.setTimeout(60_000);
    const { email } = await askGeneralQuestion(browser, "rechten-export");
    const editorPage = await pageAs(browser, "editor");
    const editor = await cookieHeader(editorPage);
    const lookup = await captureRequest(editorPage, () => lookUp(editorPage, email));
    await editorPage.unroute("**/*");
    await lookUp(editorPage, email);
    const exported = await captureRequest(editorPage, () => editorPage.getByRole("button", { name: "Exporteren als JSON" }).click());
    await editorPage.close();

    for (const captured of [lookup, exported]) {
      const none = await replay(playwright, captured);
      expect(none.status).toBe(307);
      expect(none.location).toContain("/inloggen");
      expect(none.text).not.toContain(email);
    }
    expect((await replay(playwright, lookup, FORGED_SESSION)).text).toContain(DENIED);
    const forgedExport = await replay(playwright, exported, FORGED_SESSION);
    expect(forgedExport.status).toBe(401);
    expect(forgedExport.text).not.toContain(email);

    const author = await cookieHeader(await pageAs(browser, "author"));
    const authorLookup = await replay(playwright, lookup, author);
    expect(authorLookup.text).toContain(DENIED);
    expect(authorLookup.text).not.toContain(`"found"`);
    const authorExport = await replay(playwright, exported, author);
    expect(authorExport.status).toBe(403);
    expect(authorExport.text).not.toContain(email);

    // Positive control: the editor's own requests find and download the same data.
    expect((await replay(playwright, lookup, editor)).text).toContain(`"found"`);
    const editorExport = await replay(playwright, exported, editor);
    expect(editorExport.status).toBe(200);
    expect(editorExport.text).toContain(email);
  });
});

test.describe("the internal jobs route", () => {
  test("refuses every caller without the server's token and then runs nothing; with the token it runs the due jobs", async ({ browser, playwright, baseURL, request }) => {
    test.setTimeout(60_000);
    const { id } = await askGeneralQuestion(browser, "rechten-taken");
    const editor = await pageAs(browser, "editor");
    await editor.goto(`/redactie/vragen/${id}`);
    await editor.getByRole("button", { name: "Markeren als spam" }).click();
    await expect.poll(() => rows("select status from questions where id = ?", id)[0]!.status).toBe("spam");
    const stillThere = () => rows("select id from questions where id = ?", id).length;

    // A year and a day later this spam question is past its retention period: a job run would delete it.
    const later = new Date(Date.now() + 366 * 86_400_000).toISOString();
    const otherSecretsToken = crypto.createHmac("sha256", "een ander geheim").update("newsroom:internal-jobs").digest("base64url");
    const callers: Record<string, Record<string, string>> = {
      "no token": {},
      "a made-up token": { authorization: "Bearer vervalst" },
      "a token from another secret": { authorization: `Bearer ${otherSecretsToken}` },
      "an admin's session": { cookie: await cookieHeader(await pageAs(browser, "admin")) },
    };
    for (const [caller, headers] of Object.entries(callers)) {
      const context = await playwright.request.newContext({ baseURL });
      const response = await context.post("/api/intern/taken", { headers, data: { now: later }, maxRedirects: 0 });
      // The route does not even admit it exists to a caller without this process's token.
      expect(response.status(), caller).toBe(404);
      await context.dispose();
      expect(stillThere(), `after a call with ${caller}`).toBe(1);
    }

    // Positive control: the same call with the token deletes it.
    await runJobsAt(request, new Date(later));
    expect(stillThere()).toBe(0);
  });
});
