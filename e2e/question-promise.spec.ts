import crypto from "node:crypto";
import Database from "better-sqlite3";
import { expect, test, type Browser } from "@playwright/test";
import { workingDaysBetween } from "../lib/questions/working-days";
import { referenceArticle } from "./demo-content";
import { pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { mailTo, settle, startSmtp } from "./support/mail";
import { askQuestion, expectSent, readerPage, runJobsAt, uniqueEmail } from "./support/questions";

// One real SMTP server on loopback at a time (startSmtp waits for the port); every count is narrowed to this
// test's own colleague and question, since other specs' mail may arrive too.
test.describe.configure({ mode: "default" });

const DAY = 86_400_000;
const questionOf = (email: string) => queryDatabase<{ id: number; reminded_at: number | null }>("select id, reminded_at from questions where email = ?", email)[0]!;
const remindersAbout = (id: number) => queryDatabase<{ id: number }>("select id from outbox where question_id = ? and kind = 'reminder'", id);

/** Moves a question back in time, as if it had been asked `days` calendar days ago. */
function askedDaysAgo(id: number, days: number) {
  const db = new Database(process.env.E2E_DATABASE_PATH!);
  try {
    db.prepare("update questions set created_at = ? where id = ?").run(Date.now() - days * DAY, id);
  } finally {
    db.close();
  }
}

/** A colleague in the staff directory with an e-mail address and no login. */
async function colleagueWithoutAccount(browser: Browser) {
  const token = crypto.randomBytes(3).toString("hex");
  const email = `collega-${token}@kantoor.example`;
  const editor = await pageAs(browser, "editor");
  await editor.goto("/redactie/medewerkers/nieuw");
  await editor.getByLabel("Naam").fill(`Collega Zonderaccount ${token}`);
  await editor.getByLabel("Functie").fill("Beleidsmedewerker");
  await editor.getByLabel("E-mailadres").fill(email);
  await editor.getByRole("button", { name: "Opslaan" }).click();
  await expect(editor.getByRole("status")).toHaveText("De medewerker is aangemaakt.");
  const id = Number(new URL(editor.url()).pathname.split("/").pop());
  const { slug, user_id } = queryDatabase<{ slug: string; user_id: number | null }>("select slug, user_id from people where id = ?", id)[0]!;
  expect(user_id).toBeNull();
  return { id, slug, email, name: `Collega Zonderaccount ${token}`, editor };
}

test("the form and the confirmation promise the configured answer time, and the confirmation links back to the article", async ({ browser }) => {
  const reader = await readerPage(browser);
  await reader.goto(referenceArticle.path);
  await expect(reader.locator("form.question-form")).toContainText(`${referenceArticle.contactPerson.name} antwoordt doorgaans binnen twee werkdagen, per e-mail.`);
  await askQuestion(reader, { name: "Bea Belofte", email: uniqueEmail("belofte"), message: "Wanneer hoor ik iets?" });
  await expectSent(reader);
  await expect(reader.locator(".notice-page")).toContainText("beantwoordt uw vraag doorgaans binnen twee werkdagen, per e-mail.");
  const back = reader.getByRole("link", { name: `Terug naar het artikel “${referenceArticle.title}”` });
  await expect(back).toHaveAttribute("href", referenceArticle.path);
  await back.click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(referenceArticle.title);
});

test("the confirmation cannot be made to link to a post readers may not see", async ({ browser }) => {
  const reader = await readerPage(browser);
  const draftId = queryDatabase<{ id: number }>("select id from posts where status = 'draft' limit 1")[0]!.id;
  await reader.goto(`/contact/verzonden?bericht=${draftId}`);
  await expect(reader.getByRole("link", { name: /Terug naar het artikel/ })).toHaveCount(0);
});

test("a colleague without an account is notified at the directory's address, reminded exactly once when the answer is late, and the inbox marks it overdue", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const smtp = await startSmtp();
  try {
    const colleague = await colleagueWithoutAccount(browser);
    const reader = await readerPage(browser);
    await reader.goto(`/medewerkers/${colleague.slug}`);
    const visitor = uniqueEmail("te-laat");
    await askQuestion(reader, { name: "Lotte Laat", email: visitor, message: "Komt het antwoord op tijd?" });
    await expectSent(reader);
    const { id } = questionOf(visitor);

    // Notified once, at the staff directory's address, with words that fit someone who cannot log in.
    await expect.poll(() => mailTo(smtp, colleague.email).length, { timeout: 20_000 }).toBe(1);
    const notification = mailTo(smtp, colleague.email)[0]!;
    expect(notification.headers).toMatch(/^Subject: Nieuwe vraag van Lotte Laat/im);
    expect(notification.body).toContain(`U heeft geen account voor de redactieomgeving. De vraag staat daar onder nummer ${id}`);
    expect(notification.body).not.toContain("Komt het antwoord op tijd?");

    // Not yet due today; due a week later (at least five working days); never twice.
    await runJobsAt(request, new Date());
    expect(questionOf(visitor).reminded_at).toBeNull();
    await runJobsAt(request, new Date(Date.now() + 7 * DAY));
    await expect.poll(() => mailTo(smtp, colleague.email).length, { timeout: 20_000 }).toBe(2);
    await runJobsAt(request, new Date(Date.now() + 8 * DAY));
    await runJobsAt(request, new Date(Date.now() + 30 * DAY));
    await settle(smtp, [colleague.email]);
    const reminders = mailTo(smtp, colleague.email).filter((m) => /^Subject: Herinnering: vraag van Lotte Laat wacht op antwoord/im.test(m.headers));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.headers).toMatch(/^Auto-Submitted: auto-generated$/im);
    expect(reminders[0]!.body).toContain("Op de site beloven we een antwoord binnen twee werkdagen.");
    expect(remindersAbout(id)).toHaveLength(1);
    expect(questionOf(visitor).reminded_at).not.toBeNull();
    expect(mailTo(smtp, colleague.email)).toHaveLength(2);

    // Asked ten days ago: overdue in the list (in words, not colour alone) and on its page.
    askedDaysAgo(id, 10);
    const age = workingDaysBetween(new Date(Date.now() - 10 * DAY), new Date());
    const { editor } = colleague;
    await editor.goto(`/redactie/vragen?voor=${colleague.id}`);
    const row = editor.getByRole("row").filter({ hasText: "Lotte Laat" });
    await expect(row).toHaveClass(/question-row--overdue/);
    await expect(row.getByRole("cell").last()).toHaveText(`Te laat: ${age} werkdagen (beloofd: binnen 2 werkdagen)`);
    await editor.goto(`/redactie/vragen/${id}`);
    await expect(editor.locator(".facts")).toContainText(`Te laat: ${age} werkdagen`);

    // Answered: no longer overdue, and the colleague's median reply time appears for editors.
    await editor.getByLabel("Antwoord", { exact: true }).fill("Helaas wat later dan beloofd: ja.");
    await editor.getByRole("button", { name: "Antwoord opslaan" }).click();
    await expect(editor.getByText("Het antwoord is opgeslagen en wordt per e-mail verstuurd.")).toBeVisible();
    await editor.goto(`/redactie/vragen?voor=${colleague.id}`);
    await expect(editor.getByRole("row").filter({ hasText: "Lotte Laat" })).not.toHaveClass(/question-row--overdue/);
    const times = editor.getByRole("region", { name: "Antwoordtijd per collega" });
    await expect(times.getByRole("row").filter({ hasText: colleague.name })).toHaveText(new RegExp(`${colleague.name}\\s*1\\s*${age} werkdagen`));

    // An author does not see the reply times of colleagues.
    const author = await pageAs(browser, "author");
    await author.goto("/redactie/vragen");
    await expect(author.getByRole("heading", { name: "Antwoordtijd per collega" })).toHaveCount(0);
  } finally {
    await smtp.stop();
  }
});
