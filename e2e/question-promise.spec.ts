import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { workingDaysBetween } from "../lib/questions/working-days";
import { referenceArticle } from "./demo-content";
import { pageAs } from "./support/accounts";
import { colleagueWithoutAccount } from "./support/colleagues";
import { queryDatabase } from "./support/database";
import { askQuestion, expectSent, readerPage, uniqueEmail } from "./support/questions";

// The reminder mail is tested in e2e/mail.spec.ts, where the one SMTP server on loopback lives.
const DAY = 86_400_000;
const questionId = (email: string) => queryDatabase<{ id: number }>("select id from questions where email = ?", email)[0]!.id;

/** Moves a question back in time, as if it had been asked `days` calendar days ago. */
function askedDaysAgo(id: number, days: number) {
  const db = new Database(process.env.E2E_DATABASE_PATH!);
  try {
    db.prepare("update questions set created_at = ? where id = ?").run(Date.now() - days * DAY, id);
  } finally {
    db.close();
  }
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

test("an overdue question is marked in words in the inbox and on its page; once answered, editors see the colleague's median reply time", async ({ browser }) => {
  test.setTimeout(60_000);
  const colleague = await colleagueWithoutAccount(browser);
  const reader = await readerPage(browser);
  await reader.goto(`/medewerkers/${colleague.slug}`);
  const visitor = uniqueEmail("te-laat");
  await askQuestion(reader, { name: "Lotte Laat", email: visitor, message: "Komt het antwoord op tijd?" });
  await expectSent(reader);
  const id = questionId(visitor);
  const { editor } = colleague;

  // Asked today: its age, not overdue.
  await editor.goto(`/redactie/vragen?voor=${colleague.id}`);
  const row = editor.getByRole("row").filter({ hasText: "Lotte Laat" });
  await expect(row.getByRole("cell").last()).toHaveText("0 werkdagen");
  await expect(row).not.toHaveClass(/question-row--overdue/);

  // Asked ten days ago: overdue in the list (in words, not colour alone) and on its page.
  askedDaysAgo(id, 10);
  const age = workingDaysBetween(new Date(Date.now() - 10 * DAY), new Date());
  await editor.reload();
  await expect(row).toHaveClass(/question-row--overdue/);
  await expect(row.getByRole("cell").last()).toHaveText(`Te laat: ${age} werkdagen (beloofd: binnen 2 werkdagen)`);
  await editor.goto(`/redactie/vragen/${id}`);
  await expect(editor.locator(".facts")).toContainText(`Te laat: ${age} werkdagen`);

  // Answered: no longer overdue, and the colleague's median reply time appears for editors.
  await editor.getByLabel("Antwoord", { exact: true }).fill("Helaas wat later dan beloofd: ja.");
  await editor.getByRole("button", { name: "Antwoord opslaan" }).click();
  await expect(editor.getByText("Het antwoord is opgeslagen en wordt per e-mail verstuurd.")).toBeVisible();
  await editor.goto(`/redactie/vragen?voor=${colleague.id}`);
  await expect(row).not.toHaveClass(/question-row--overdue/);
  await expect(row.getByRole("cell").last()).toHaveText("—");
  const times = editor.getByRole("region", { name: "Antwoordtijd per collega" });
  await expect(times.getByRole("row").filter({ hasText: colleague.name }).getByRole("cell")).toHaveText(["1", `${age} werkdagen`]);

  // An author does not see colleagues' reply times.
  const author = await pageAs(browser, "author");
  await author.goto("/redactie/vragen");
  await expect(author.getByRole("heading", { name: "Antwoordtijd per collega" })).toHaveCount(0);
});
