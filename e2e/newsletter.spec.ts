import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { accounts, cookieHeader, pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { mailTo, settle, startSmtp, type Received, type TestSmtp } from "./support/mail";
import { readerPage, uniqueEmail } from "./support/questions";
import { captureRequest, replay } from "./support/replay";

// In order, in one worker, in its own project after the other specs (playwright.config.ts): these tests run the one
// SMTP server on loopback and stop it for an outage. Every confirmed subscriber of earlier tests also receives later
// issues, so every count is narrowed to this test's own addresses and issue subject.
test.describe.configure({ mode: "default" });

type SubscriberRow = { id: number; status: string; section_ids: string; consent_text: string; consent_source: string; consent_at: number; confirmed_at: number | null };
type OutboxRow = { id: number; to: string; attempts: number; sent_at: number | null; failed_at: number | null };
type ItemRow = { id: number; title: string; section: string };

const subscriberRow = (email: string) => queryDatabase<SubscriberRow>("select * from subscribers where email = ?", email)[0];
const issueRows = (issueId: number) => queryDatabase<OutboxRow>("select * from outbox where issue_id = ? and kind = 'newsletter'", issueId);
const issueItems = (issueId: number): ItemRow[] => {
  const ids: number[] = JSON.parse(queryDatabase<{ post_ids: string }>("select post_ids from newsletter_issues where id = ?", issueId)[0]!.post_ids);
  const rows = ids.length
    ? queryDatabase<ItemRow>(`select p.id, p.title, s.name as section from posts p join sections s on s.id = p.section_id where p.id in (${ids.join(",")})`)
    : [];
  return ids.map((id) => rows.find((r) => r.id === id)!);
};
const subjectOf = (mail: Received) => /^Subject: (.*)$/im.exec(mail.headers)?.[1]?.trim() ?? "";
const confirmationsTo = (smtp: TestSmtp, email: string) => mailTo(smtp, email).filter((m) => subjectOf(m).startsWith("Bevestig uw aanmelding"));
const issuesTo = (smtp: TestSmtp, email: string, subject: string) => mailTo(smtp, email).filter((m) => subjectOf(m) === subject);
const uniqueSubject = (label: string) => `Nieuwsbrief ${label} ${crypto.randomBytes(3).toString("hex")}`;
const linkIn = (text: string, path: string) => new RegExp(`https?://\\S+${path}\\?t=[\\w.-]+`).exec(text)?.[0];
const relative = (url: string) => new URL(url).pathname + new URL(url).search;

/** No WCAG 2.1 AA violations on the page as it is now (as e2e/accessibility.spec.ts checks the other pages). */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
}

/** Signs up on /nieuwsbrief like a person without JavaScript (who takes longer than the minimum fill time). */
async function signUp(browser: Browser, email: string, { sections = [] as string[] } = {}): Promise<string> {
  const reader = await readerPage(browser, { javaScript: false });
  await reader.goto("/nieuwsbrief");
  const form = reader.locator(".newsletter-signup--nieuwsbrief form");
  await form.getByLabel("E-mailadres").fill(email);
  for (const section of sections) await form.getByLabel(section, { exact: true }).check();
  await reader.waitForTimeout(3200);
  await form.getByRole("button", { name: "Aanmelden voor de nieuwsbrief" }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Bijna klaar: bevestig uw aanmelding");
  const answer = await reader.locator("main").innerText();
  await reader.context().close();
  return answer;
}

async function confirmationLink(smtp: TestSmtp, email: string): Promise<string> {
  await expect.poll(() => confirmationsTo(smtp, email).length, { timeout: 20_000 }).toBe(1);
  return linkIn(confirmationsTo(smtp, email)[0]!.body, "/nieuwsbrief/bevestigen")!;
}

async function confirm(browser: Browser, link: string) {
  const reader = await readerPage(browser);
  await reader.goto(relative(link));
  await reader.getByRole("button", { name: "Aanmelding bevestigen" }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("U bent aangemeld");
  await reader.context().close();
}

async function subscribed(browser: Browser, smtp: TestSmtp, email: string, sections: string[] = []) {
  await signUp(browser, email, { sections });
  await confirm(browser, await confirmationLink(smtp, email));
}

/** "Nieuwe editie" with a subject of its own; returns the issue's id. */
async function draftIssue(editor: Page, subject: string): Promise<number> {
  await editor.goto("/redactie/nieuwsbrief");
  await editor.getByRole("button", { name: "Nieuwe editie" }).click();
  await editor.waitForURL(/\/redactie\/nieuwsbrief\/\d+$/);
  const id = Number(/(\d+)$/.exec(new URL(editor.url()).pathname)![1]);
  await editor.getByLabel("Onderwerp").fill(subject);
  await editor.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();
  return id;
}

async function sendNow(editor: Page, issueId: number) {
  await editor.goto(`/redactie/nieuwsbrief/${issueId}`);
  await editor.getByRole("button", { name: "Nu versturen" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "De nieuwsbrief is verstuurd naar de wachtrij" })).toBeVisible();
}

test("a visitor without JavaScript subscribes, receives exactly one confirmation mail, and gets nothing before confirming", async ({ browser }) => {
  test.setTimeout(90_000);
  const smtp = await startSmtp();
  try {
    const email = uniqueEmail("aanmelder");
    await signUp(browser, email);
    const link = await confirmationLink(smtp, email);
    expect(subscriberRow(email)).toMatchObject({ status: "pending", consent_source: "nieuwsbriefpagina", confirmed_at: null, consent_text: expect.stringContaining("wekelijkse nieuwsbrief") });

    // An issue sent now passes the unconfirmed address by.
    const editor = await pageAs(browser, "editor");
    const subject = uniqueSubject("voor bevestiging");
    const issueId = await draftIssue(editor, subject);
    await sendNow(editor, issueId);
    expect(issueRows(issueId).filter((m) => m.to === email)).toHaveLength(0);

    await confirm(browser, link);
    expect(subscriberRow(email)).toMatchObject({ status: "confirmed", confirmed_at: expect.any(Number) });
    await settle(smtp, [email]);
    expect(confirmationsTo(smtp, email)).toHaveLength(1);
    expect(mailTo(smtp, email)).toHaveLength(1);
  } finally {
    await smtp.stop();
  }
});

test("signing up an address that is already subscribed looks the same as a new one and sends its owner no second confirmation", async ({ browser }) => {
  test.setTimeout(90_000);
  const smtp = await startSmtp();
  try {
    const known = uniqueEmail("bekend");
    const fresh = uniqueEmail("nieuw");
    await subscribed(browser, smtp, known);
    const confirmedAt = subscriberRow(known)!.confirmed_at;

    const answerForKnown = await signUp(browser, known);
    const answerForFresh = await signUp(browser, fresh);
    expect(answerForKnown).toBe(answerForFresh);

    await confirmationLink(smtp, fresh);
    await settle(smtp, [known, fresh]);
    expect(confirmationsTo(smtp, known)).toHaveLength(1);
    expect(mailTo(smtp, known)).toHaveLength(1);
    expect(subscriberRow(known)).toMatchObject({ status: "confirmed", confirmed_at: confirmedAt });
  } finally {
    await smtp.stop();
  }
});

test("an editor drafts, reorders, previews, tests and sends an issue; every confirmed subscriber receives it exactly once with one-click unsubscribe headers", async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const smtp = await startSmtp();
  try {
    const readers = [uniqueEmail("lezer-a"), uniqueEmail("lezer-b")];
    for (const email of readers) await subscribed(browser, smtp, email);

    const editor = await pageAs(browser, "editor");
    const subject = uniqueSubject("editie");
    const issueId = await draftIssue(editor, subject);
    const drafted = issueItems(issueId);
    expect(drafted.length).toBeGreaterThanOrEqual(3);

    // Reorder and remove without relying on JavaScript: each button posts the form.
    await editor.getByRole("button", { name: `Omlaag: ${drafted[0]!.title}` }).click();
    await expect(editor.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();
    expect(issueItems(issueId).map((i) => i.id)).toEqual([drafted[1]!.id, drafted[0]!.id, ...drafted.slice(2).map((i) => i.id)]);
    const removed = drafted.at(-1)!;
    await editor.getByRole("button", { name: `Verwijderen: ${removed.title}` }).click();
    await expect(editor.getByRole("button", { name: `Verwijderen: ${removed.title}` })).toHaveCount(0);
    const items = issueItems(issueId);
    expect(items.map((i) => i.id)).not.toContain(removed.id);

    await editor.getByLabel("Inleiding").fill("Welkom bij deze editie.\n\nDeze week veel nieuws uit Brussel.");
    await editor.getByRole("button", { name: "Opslaan", exact: true }).click();
    await expect(editor.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();

    // Preview: plain text on the page, HTML from the preview route; only links to the site, no images.
    const plain = editor.getByLabel("De nieuwsbrief als platte tekst");
    await expect(plain).toContainText("Welkom bij deze editie.");
    await expect(plain).toContainText(items[0]!.title);
    await expect(plain).not.toContainText(removed.title);
    const preview = await editor.request.get(`/redactie/nieuwsbrief/${issueId}/voorbeeld`);
    expect(preview.status()).toBe(200);
    const html = await preview.text();
    expect(html).toContain('lang="nl"');
    expect(html).toContain("Welkom bij deze editie.");
    expect(html).not.toMatch(/<img/i);
    expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]).filter((href) => !href!.startsWith(baseURL!))).toEqual([]);

    await expectAccessible(editor);
    await editor.getByRole("button", { name: "Testmail naar mij sturen" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "De testmail staat klaar" })).toBeVisible();
    await expect.poll(() => issuesTo(smtp, accounts.editor.email, `[Test] ${subject}`).length, { timeout: 20_000 }).toBe(1);
    expect(issueRows(issueId)).toHaveLength(0);

    await sendNow(editor, issueId);
    await expect.poll(() => readers.map((r) => issuesTo(smtp, r, subject).length), { timeout: 30_000 }).toEqual([1, 1]);
    await settle(smtp, readers);
    expect(readers.map((r) => issuesTo(smtp, r, subject).length)).toEqual([1, 1]);

    const mail = issuesTo(smtp, readers[0]!, subject)[0]!;
    expect(mail.headers).toMatch(new RegExp(`^List-Unsubscribe: <${baseURL}/api/nieuwsbrief/afmelden\\?t=[\\w.-]+>$`, "im"));
    expect(mail.headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/im);
    expect(mail.body).toContain("Welkom bij deze editie.");
    expect(mail.body.indexOf(items[0]!.title)).toBeLessThan(mail.body.indexOf(items[1]!.title));
    expect(mail.body).not.toContain(removed.title);
    expect(mail.html).toContain(items[0]!.title);
    expect(mail.html).not.toMatch(/<img/i);
    expect(linkIn(mail.body, "/nieuwsbrief/afmelden")).toBeDefined();

    // Progress in the dashboard, once the queue for this issue is empty.
    const total = issueRows(issueId).length;
    await expect.poll(() => issueRows(issueId).filter((m) => m.sent_at).length, { timeout: 30_000 }).toBe(total);
    await editor.goto("/redactie/nieuwsbrief");
    await expect(editor.getByRole("row").filter({ hasText: subject })).toContainText(`${total} verstuurd · 0 in de wachtrij · 0 mislukt`);

    // The archive shows it as a web page.
    const reader = await readerPage(browser);
    await reader.goto("/nieuwsbrief");
    await reader.getByRole("link", { name: subject }).click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(subject);
    await expect(reader.locator("main")).toContainText("Deze week veel nieuws uit Brussel.");
    await expect(reader.getByRole("link", { name: items[0]!.title })).toBeVisible();
    await expectAccessible(reader);
  } finally {
    await smtp.stop();
  }
});

test("subscribers who chose sections get only those sections' items, and no mail when the issue has none; they can change sections from the mail", async ({ browser }) => {
  test.setTimeout(150_000);
  const smtp = await startSmtp();
  try {
    const education = uniqueEmail("onderwijs");
    const innovation = uniqueEmail("innovatie");
    const everything = uniqueEmail("alles");
    await subscribed(browser, smtp, education, ["Onderwijs"]);
    await subscribed(browser, smtp, innovation, ["Innovatie"]);
    await subscribed(browser, smtp, everything);

    const editor = await pageAs(browser, "editor");
    const subject = uniqueSubject("rubrieken");
    const issueId = await draftIssue(editor, subject);
    for (const item of issueItems(issueId).filter((i) => i.section === "Innovatie")) {
      await editor.getByRole("button", { name: `Verwijderen: ${item.title}` }).click();
      await expect(editor.getByRole("button", { name: `Verwijderen: ${item.title}` })).toHaveCount(0);
    }
    const items = issueItems(issueId);
    const educationItems = items.filter((i) => i.section === "Onderwijs");
    expect(educationItems.length).toBeGreaterThan(0);
    expect(items.length).toBeGreaterThan(educationItems.length);
    await sendNow(editor, issueId);

    await expect.poll(() => [education, everything].map((r) => issuesTo(smtp, r, subject).length), { timeout: 30_000 }).toEqual([1, 1]);
    await settle(smtp, [education, innovation, everything]);
    expect([education, innovation, everything].map((r) => issuesTo(smtp, r, subject).length)).toEqual([1, 0, 1]);
    const forEducation = issuesTo(smtp, education, subject)[0]!.body;
    for (const item of items) {
      if (item.section === "Onderwijs") expect(forEducation).toContain(item.title);
      else expect(forEducation).not.toContain(item.title);
    }
    for (const item of items) expect(issuesTo(smtp, everything, subject)[0]!.body).toContain(item.title);

    // "Rubrieken kiezen" from the mail: a signed link, no login.
    const reader = await readerPage(browser, { javaScript: false });
    await reader.goto(relative(linkIn(issuesTo(smtp, everything, subject)[0]!.body, "/nieuwsbrief/voorkeuren")!));
    await reader.getByLabel("Onderzoek", { exact: true }).check();
    await reader.getByRole("button", { name: "Rubrieken opslaan" }).click();
    await expect(reader.getByRole("status").filter({ hasText: "Uw keuze is opgeslagen." })).toBeVisible();
    const onderzoek = queryDatabase<{ id: number }>("select id from sections where name = 'Onderzoek'")[0]!.id;
    expect(JSON.parse(subscriberRow(everything)!.section_ids)).toEqual([onderzoek]);
  } finally {
    await smtp.stop();
  }
});

test("one click unsubscribes: the header's POST needs no login and sends no mail, a GET only shows the button, the mail's link works too", async ({ browser, playwright }) => {
  test.setTimeout(150_000);
  const smtp = await startSmtp();
  try {
    const byHeader = uniqueEmail("klik");
    const byLink = uniqueEmail("link");
    for (const email of [byHeader, byLink]) await subscribed(browser, smtp, email);
    const editor = await pageAs(browser, "editor");
    const subject = uniqueSubject("afmelden");
    await sendNow(editor, await draftIssue(editor, subject));
    await expect.poll(() => [byHeader, byLink].map((r) => issuesTo(smtp, r, subject).length), { timeout: 30_000 }).toEqual([1, 1]);

    const oneClick = /^List-Unsubscribe: <([^>]+)>$/im.exec(issuesTo(smtp, byHeader, subject)[0]!.headers)![1]!;
    const anonymous = await playwright.request.newContext();
    try {
      // A link scanner's GET changes nothing.
      const get = await anonymous.get(oneClick, { maxRedirects: 0 });
      expect(get.status()).toBe(303);
      expect(get.headers()["location"]).toContain("/nieuwsbrief/afmelden?t=");
      expect(subscriberRow(byHeader)!.status).toBe("confirmed");
      // A forged token is refused.
      const forged = await anonymous.post(oneClick.replace(/.$/, (c) => (c === "A" ? "B" : "A")), { form: { "List-Unsubscribe": "One-Click" } });
      expect(forged.status()).toBe(400);
      expect(subscriberRow(byHeader)!.status).toBe("confirmed");
      // RFC 8058: the mail program's POST, from its own server (no cookies, no Origin).
      const post = await anonymous.post(oneClick, { form: { "List-Unsubscribe": "One-Click" } });
      expect(post.status()).toBe(200);
      expect(subscriberRow(byHeader)!.status).toBe("unsubscribed");
    } finally {
      await anonymous.dispose();
    }

    // The link in the mail opens a page; its button unsubscribes, without JavaScript.
    const reader = await readerPage(browser, { javaScript: false });
    await reader.goto(relative(linkIn(issuesTo(smtp, byLink, subject)[0]!.body, "/nieuwsbrief/afmelden")!));
    expect(subscriberRow(byLink)!.status).toBe("confirmed");
    await reader.getByRole("button", { name: "Afmelden" }).click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText("U bent afgemeld");
    expect(subscriberRow(byLink)!.status).toBe("unsubscribed");

    // No confirmation mail, and the next issue passes them by.
    const next = uniqueSubject("na afmelden");
    const nextId = await draftIssue(editor, next);
    await sendNow(editor, nextId);
    expect(issueRows(nextId).filter((m) => m.to === byHeader || m.to === byLink)).toHaveLength(0);
    await settle(smtp, [byHeader, byLink]);
    expect([byHeader, byLink].map((r) => mailTo(smtp, r).length)).toEqual([2, 2]);
  } finally {
    await smtp.stop();
  }
});

test("with the mail server down while an issue is sent, every subscriber receives it exactly once after it is back", async ({ browser }) => {
  test.setTimeout(180_000);
  const readers = [1, 2, 3].map((n) => uniqueEmail(`storing-${n}`));
  let smtp = await startSmtp();
  try {
    for (const email of readers) await subscribed(browser, smtp, email);
    await settle(smtp, readers, 2000);
  } finally {
    await smtp.stop();
  }

  const editor = await pageAs(browser, "editor");
  const subject = uniqueSubject("storing");
  const issueId = await draftIssue(editor, subject);
  await sendNow(editor, issueId);
  const ours = () => issueRows(issueId).filter((m) => readers.includes(m.to));
  expect(ours()).toHaveLength(3);
  // The sender stops at the first refused connection each round, so wait until the outage has met this issue's mail.
  await expect.poll(() => issueRows(issueId).filter((m) => m.attempts > 0).length, { timeout: 30_000 }).toBeGreaterThan(0);
  expect(ours().filter((m) => m.sent_at)).toHaveLength(0);

  // Back, but slow: the backlog takes longer than a scheduler tick, so ticks overlap with sending.
  smtp = await startSmtp({ slowFor: (to) => to.some((a) => readers.includes(a)), delayMs: 1500 });
  try {
    await expect.poll(() => ours().filter((m) => m.sent_at).length, { timeout: 90_000 }).toBe(3);
    await settle(smtp, readers);
    expect(readers.map((r) => issuesTo(smtp, r, subject).length)).toEqual([1, 1, 1]);
  } finally {
    await smtp.stop();
  }
});

test("an author cannot open the newsletter or send an issue; the editor's identical request sends it", async ({ browser, playwright }) => {
  const editor = await pageAs(browser, "editor");
  const issueId = await draftIssue(editor, uniqueSubject("rechten"));
  const captured = await captureRequest(editor, () => editor.getByRole("button", { name: "Nu versturen" }).click());

  const author = await pageAs(browser, "author");
  await expect(author.getByRole("navigation", { name: "Redactie" }).getByRole("link", { name: "Nieuwsbrief" })).toHaveCount(0);
  await author.goto("/redactie/nieuwsbrief");
  await expect(author.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  await author.goto(`/redactie/nieuwsbrief/${issueId}`);
  await expect(author.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");

  await replay(playwright, captured, await cookieHeader(author));
  await replay(playwright, captured);
  expect(queryDatabase<{ status: string }>("select status from newsletter_issues where id = ?", issueId)[0]!.status).toBe("draft");
  expect(issueRows(issueId)).toHaveLength(0);

  await replay(playwright, captured, await cookieHeader(editor));
  expect(queryDatabase<{ status: string }>("select status from newsletter_issues where id = ?", issueId)[0]!.status).toBe("sent");
});

test("only an admin exports the subscriber list, and imports a list only with a consent source and without bad rows", async ({ browser }) => {
  const editor = await pageAs(browser, "editor");
  expect((await editor.request.get("/redactie/nieuwsbrief/abonnees.csv")).status()).toBe(403);
  await editor.goto("/redactie/nieuwsbrief");
  await expect(editor.getByRole("link", { name: "Abonnees exporteren (CSV)" })).toHaveCount(0);

  const admin = await pageAs(browser, "admin");
  await admin.goto("/redactie/nieuwsbrief");
  const imported = uniqueEmail("import");
  const upload = (text: string) => admin.getByLabel("CSV-bestand").setInputFiles({ name: "lijst.csv", mimeType: "text/csv", buffer: Buffer.from(text) });

  // Without a consent source nothing is imported.
  await upload(`e-mailadres\n${imported}\n`);
  await admin.getByRole("button", { name: "Importeren" }).click();
  await expect(admin.locator("#veld-consentSource-fout")).toContainText("Vul in waar de toestemming");
  expect(subscriberRow(imported)).toBeUndefined();

  // One bad row: nothing is imported, and the row is named.
  await admin.getByLabel("Bron van toestemming").fill("Aanmeldlijst congres 12 maart");
  await upload(`${imported}\ngeen-adres\n`);
  await admin.getByRole("button", { name: "Importeren" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "Regel 2" })).toBeVisible();
  await expect(admin.getByLabel("Bron van toestemming")).toHaveValue("Aanmeldlijst congres 12 maart");
  expect(subscriberRow(imported)).toBeUndefined();

  await upload(`${imported},onderwijs\n`);
  await admin.getByRole("button", { name: "Importeren" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "1 abonnee geïmporteerd" })).toBeVisible();
  expect(subscriberRow(imported)).toMatchObject({ status: "confirmed", consent_source: "import: Aanmeldlijst congres 12 maart" });

  const csv = await admin.request.get("/redactie/nieuwsbrief/abonnees.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toBe("e-mailadres,status,rubrieken,toestemming_op,toestemming_bron,toestemming_tekst,bevestigd_op,afgemeld_op");
  expect(text).toContain(`${imported},bevestigd,onderwijs,`);
});
