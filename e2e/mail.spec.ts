import { expect, test, type Browser } from "@playwright/test";
import { referenceArticle } from "./demo-content";
import { pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { mailTo, settle, startSmtp, type TestSmtp } from "./support/mail";
import { colleagueWithoutAccount } from "./support/colleagues";
import { askQuestion, expectSent, readerPage, runJobsAt, uniqueEmail } from "./support/questions";

// In order, in one worker (a failure does not skip the rest): one real SMTP server on loopback at a time, on the port
// the test server sends to (playwright.config.ts). Other specs' mail may reach it too, so every count is narrowed to
// this test's own addresses and questions.
test.describe.configure({ mode: "default" });

const contact = referenceArticle.contactPerson.email;
type OutboxRow = { id: number; question_id: number; attempts: number; sent_at: number | null; failed_at: number | null; last_reply: string | null };
// Reminders are left out: another spec may run the jobs at a later moment while this one waits (e2e/question-promise.spec.ts tests them).
const outboxFor = (questionId: number) => queryDatabase<OutboxRow>("select * from outbox where question_id = ? and kind <> 'reminder'", questionId);
const questionId = (email: string) => queryDatabase<{ id: number }>("select id from questions where email = ?", email)[0]!.id;
/** The colleague's notifications about one question (they all go to the same address). */
const notificationsAbout = (smtp: TestSmtp, id: number) =>
  mailTo(smtp, contact).filter((m) => /^Subject: Nieuwe vraag/im.test(m.headers) && new RegExp(`/redactie/vragen/${id}(?!\\d)`).test(m.body));

async function askOnArticle(browser: Browser, name: string, email: string, message: string) {
  const reader = await readerPage(browser);
  await reader.goto(referenceArticle.path);
  await askQuestion(reader, { name, email, message });
  await expectSent(reader);
  await reader.context().close();
  return questionId(email);
}

test("the colleague is notified and the visitor gets a receipt that names the article but not their name or message", async ({ browser }) => {
  const smtp = await startSmtp();
  try {
    const email = uniqueEmail("mail");
    const id = await askOnArticle(browser, "Mila Mailvrager", email, "Komt dit per mail aan?");
    await expect.poll(() => mailTo(smtp, email).length + notificationsAbout(smtp, id).length, { timeout: 20_000 }).toBe(2);
    await settle(smtp, [email, contact]);
    expect(notificationsAbout(smtp, id)).toHaveLength(1);
    expect(mailTo(smtp, email)).toHaveLength(1);

    const notification = notificationsAbout(smtp, id)[0]!;
    expect(notification.headers).toMatch(/^Auto-Submitted: auto-generated$/im);
    expect(notification.body).not.toContain("Komt dit per mail aan?");

    // The address was typed by whoever filled in the form: the receipt repeats nothing they typed.
    const receipt = mailTo(smtp, email)[0]!;
    expect(receipt.headers).toMatch(/^Auto-Submitted: auto-replied$/im);
    expect(receipt.body).toContain(referenceArticle.title);
    expect(receipt.body).toContain(referenceArticle.contactPerson.name);
    for (const part of [receipt.headers, receipt.body]) {
      expect(part).not.toContain("Mila");
      expect(part).not.toContain("Mailvrager");
      expect(part).not.toContain("Komt dit per mail aan?");
    }
    expect(outboxFor(id).map((m) => m.last_reply)).toEqual([expect.stringMatching(/^250/), expect.stringMatching(/^250/)]);
  } finally {
    await smtp.stop();
  }
});

test("with the mail server down the question is still stored, and the mail goes out once it is back", async ({ browser }) => {
  const email = uniqueEmail("later");
  const id = await askOnArticle(browser, "Lars Later", email, "Mail komt later.");
  const receipt = () => queryDatabase<OutboxRow>('select * from outbox where "to" = ?', email)[0];
  await expect.poll(() => receipt()?.attempts ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
  expect(receipt()?.sent_at).toBeNull();
  expect(receipt()?.failed_at).toBeNull();

  const smtp = await startSmtp();
  try {
    await expect.poll(() => mailTo(smtp, email).length, { timeout: 30_000 }).toBe(1);
    await expect.poll(() => receipt()?.sent_at ?? null, { timeout: 10_000 }).not.toBeNull();
    await settle(smtp, [email, contact]);
    expect(mailTo(smtp, email)).toHaveLength(1);
    expect(notificationsAbout(smtp, id)).toHaveLength(1);
  } finally {
    await smtp.stop();
  }
});

test("after an outage every mail arrives exactly once, also when the backlog takes longer than a scheduler tick", async ({ browser }) => {
  test.setTimeout(150_000);
  const emails = [1, 2, 3, 4, 5].map((n) => uniqueEmail(`storing-${n}`));
  const ids = await Promise.all(emails.map((email, n) => askOnArticle(browser, `Storing ${n}`, email, `Vraag tijdens de storing ${n}.`)));
  // Each question's mail has been tried, and has failed, while the server was down.
  await expect.poll(() => ids.filter((id) => outboxFor(id).some((m) => m.attempts > 0)).length, { timeout: 30_000 }).toBe(5);
  expect(ids.flatMap(outboxFor).filter((m) => m.sent_at)).toHaveLength(0);

  // A slow server: ten mails take ten seconds, five scheduler ticks of two seconds each.
  const ours = new Set([...emails, contact]);
  const smtp = await startSmtp({ slowFor: (to) => to.some((a) => ours.has(a)), delayMs: 1000 });
  try {
    await expect.poll(() => ids.flatMap(outboxFor).filter((m) => m.sent_at).length, { timeout: 60_000 }).toBe(10);
    await settle(smtp, [...ours]);
    const counts = Object.fromEntries(ids.flatMap((id, n) => [[`receipt ${id}`, mailTo(smtp, emails[n]!).length], [`notification ${id}`, notificationsAbout(smtp, id).length]]));
    expect(counts).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, 1])));
  } finally {
    await smtp.stop();
  }
});

test("a mail the server refuses with 550 is not retried; an editor sees why and sends it again", async ({ browser }) => {
  test.setTimeout(90_000);
  const smtp = await startSmtp();
  try {
    const email = uniqueEmail("geweigerd");
    smtp.rejecting.add(email);
    const id = await askOnArticle(browser, "Gea Weigerd", email, "Komt mijn ontvangstbevestiging aan?");
    const receipt = () => queryDatabase<OutboxRow>('select * from outbox where "to" = ?', email)[0]!;
    await expect.poll(() => receipt().failed_at, { timeout: 20_000 }).not.toBeNull();
    expect(receipt().last_reply).toMatch(/^550/);
    expect(receipt().last_reply).not.toContain(email);
    // Several scheduler ticks later the server has still been asked only once.
    await new Promise((r) => setTimeout(r, 6000));
    expect(smtp.recipientsAsked.filter((a) => a === email)).toHaveLength(1);
    expect(mailTo(smtp, email)).toHaveLength(0);
    expect(notificationsAbout(smtp, id)).toHaveLength(1);

    const editor = await pageAs(browser, "editor");
    await editor.goto("/redactie/vragen");
    await editor.getByRole("link", { name: /^Mislukte e-mail \(\d+\)$/ }).click();
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Mislukte e-mail");
    const row = editor.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("550");
    await expect(row.getByRole("link", { name: "Bekijk de vraag" })).toHaveAttribute("href", `/redactie/vragen/${id}`);

    // The author is the article's contact person: they see the failure, but not the address.
    const author = await pageAs(browser, "author");
    await author.goto("/redactie/vragen/mail");
    await expect(author.getByRole("link", { name: "Bekijk de vraag" }).and(author.locator(`[href="/redactie/vragen/${id}"]`))).toHaveCount(1);
    await expect(author.locator("main")).not.toContainText(email);

    smtp.rejecting.delete(email);
    await row.getByRole("button", { name: "Opnieuw proberen" }).click();
    await expect(editor.getByRole("status").filter({ hasText: "De e-mail is opnieuw in de wachtrij gezet." })).toBeVisible();
    await expect.poll(() => mailTo(smtp, email).length, { timeout: 20_000 }).toBe(1);
    await settle(smtp, [email]);
    expect(mailTo(smtp, email)).toHaveLength(1);
    expect(receipt()).toMatchObject({ failed_at: null, sent_at: expect.any(Number) });
    await editor.reload();
    await expect(editor.getByRole("row").filter({ hasText: email })).toHaveCount(0);
  } finally {
    await smtp.stop();
  }
});

test("an answer by e-mail arrives once and is not marked as automatic", async ({ browser }) => {
  const smtp = await startSmtp();
  try {
    const email = uniqueEmail("antwoord");
    const id = await askOnArticle(browser, "Ans Antwoord", email, "Krijg ik antwoord per mail?");
    const editor = await pageAs(browser, "editor");
    await editor.goto(`/redactie/vragen/${id}`);
    await editor.getByLabel("Antwoord", { exact: true }).fill("Ja, dit is het antwoord.");
    await editor.getByRole("button", { name: "Antwoord opslaan" }).click();
    await expect(editor.getByText("Het antwoord is opgeslagen en wordt per e-mail verstuurd.")).toBeVisible();
    const answers = () => mailTo(smtp, email).filter((m) => m.body.includes("Ja, dit is het antwoord."));
    await expect.poll(() => answers().length, { timeout: 20_000 }).toBe(1);
    await settle(smtp, [email]);
    expect(answers()).toHaveLength(1);
    expect(answers()[0]!.headers).not.toMatch(/^Auto-Submitted:/im);
  } finally {
    await smtp.stop();
  }
});

test("a colleague without an account is notified at the staff directory's address and reminded exactly once when the answer is late", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const smtp = await startSmtp();
  try {
    const colleague = await colleagueWithoutAccount(browser);
    const reader = await readerPage(browser);
    await reader.goto(`/medewerkers/${colleague.slug}`);
    const visitor = uniqueEmail("herinnering");
    await askQuestion(reader, { name: "Rick Rappel", email: visitor, message: "Wordt er aan mij gedacht?" });
    await expectSent(reader);
    const id = questionId(visitor);
    const remindedAt = () => queryDatabase<{ reminded_at: number | null }>("select reminded_at from questions where id = ?", id)[0]!.reminded_at;

    // Notified once, at the directory's address, in words that fit someone who cannot log in.
    await expect.poll(() => mailTo(smtp, colleague.email).length, { timeout: 20_000 }).toBe(1);
    const notification = mailTo(smtp, colleague.email)[0]!;
    expect(notification.headers).toMatch(/^Subject: Nieuwe vraag van Rick Rappel/im);
    expect(notification.body).toContain(`U heeft geen account voor de redactieomgeving. De vraag staat daar onder nummer ${id}`);
    expect(notification.body).not.toContain("Wordt er aan mij gedacht?");

    // Not due today; due a week later (at least five working days); never twice.
    await runJobsAt(request, new Date());
    expect(remindedAt()).toBeNull();
    await runJobsAt(request, new Date(Date.now() + 7 * 86_400_000));
    await expect.poll(() => mailTo(smtp, colleague.email).length, { timeout: 20_000 }).toBe(2);
    await runJobsAt(request, new Date(Date.now() + 8 * 86_400_000));
    await runJobsAt(request, new Date(Date.now() + 30 * 86_400_000));
    await settle(smtp, [colleague.email]);
    expect(mailTo(smtp, colleague.email)).toHaveLength(2);
    const reminder = mailTo(smtp, colleague.email)[1]!;
    expect(reminder.headers).toMatch(/^Subject: Herinnering: vraag van Rick Rappel wacht op antwoord/im);
    expect(reminder.headers).toMatch(/^Auto-Submitted: auto-generated$/im);
    expect(reminder.body).toContain("Op de site beloven we een antwoord binnen twee werkdagen.");
    expect(reminder.body).toContain(`vraag nummer ${id}`);
    expect(queryDatabase("select id from outbox where question_id = ? and kind = 'reminder'", id)).toHaveLength(1);
    expect(remindedAt()).not.toBeNull();
  } finally {
    await smtp.stop();
  }
});
