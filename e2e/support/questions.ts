import crypto from "node:crypto";
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";

let counter = 0;
/** A distinct client address per test, so per-address limits of one test do not hit another. */
export function uniqueIp(): string {
  counter += 1;
  return `198.51.${process.pid % 250}.${counter % 250}`;
}

export async function readerPage(browser: Browser, { javaScript = true, ip = uniqueIp() } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}

export type Question = { name: string; email: string; message: string; organisation?: string };

/** Fills the question form like a person (who takes more than the minimum fill time) and sends it. */
export async function askQuestion(page: Page, q: Question, { wait = 3200 } = {}) {
  await openQuestionForm(page);
  const form = page.locator("form.question-form");
  await form.getByLabel("Naam", { exact: true }).fill(q.name);
  await form.getByLabel("E-mailadres").fill(q.email);
  if (q.organisation) await form.getByLabel("Organisatie (niet verplicht)").fill(q.organisation);
  await form.getByLabel("Uw vraag", { exact: true }).fill(q.message);
  if (wait) await page.waitForTimeout(wait);
  await form.getByRole("button", { name: "Vraag versturen" }).click();
}

/** Unfolds "Stel uw vraag aan ..." on articles and staff pages when it is still closed (the contact page has no fold). */
export async function openQuestionForm(page: Page) {
  const fold = page.locator("details.question-fold");
  if ((await fold.count()) === 0) return;
  if ((await fold.getAttribute("open")) === null) await fold.locator("summary").click();
  await expect(page.locator("form.question-form")).toBeVisible();
}

/** The confirmation page; generous timeout, since another test may be sending 200 questions at once. */
export async function expectSent(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Uw vraag is verstuurd", { timeout: 20_000 });
}

export function uniqueEmail(label: string): string {
  return `${label}-${crypto.randomBytes(4).toString("hex")}@lezer.example`;
}

/** Runs the server's due jobs as if it were `now` (test hooks: the token is derived from the test run's AUTH_SECRET). */
export async function runJobsAt(request: APIRequestContext, now: Date) {
  const token = crypto.createHmac("sha256", process.env.E2E_AUTH_SECRET!).update("newsroom:test-jobs").digest("base64url");
  const response = await request.post("/api/intern/taken", { headers: { authorization: `Bearer ${token}` }, data: { now: now.toISOString() } });
  expect(response.status()).toBe(200);
  return response.json();
}

/** The hidden and visible fields of the question form as a browser without JavaScript would post them. */
export async function formFields(page: Page): Promise<Record<string, string>> {
  return page.locator("form.question-form").evaluate((form: HTMLFormElement) => {
    const fields: Record<string, string> = {};
    for (const [key, value] of new FormData(form)) if (typeof value === "string") fields[key] = value;
    return fields;
  });
}
