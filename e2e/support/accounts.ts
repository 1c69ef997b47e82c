import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";

type Account = { email: string; name: string; role: string; password: string };
export type AccountName = "admin" | "editor" | "author" | "bruteForced" | "toDisable" | "toDemote" | "deviceOwner";

/** The accounts scripts/e2e-server.mjs creates with `npm run user:create`. */
export const accounts: Record<AccountName, Account> = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../accounts.json"), "utf8"));

export async function logIn(page: Page, name: AccountName, callbackUrl?: string) {
  await logInWith(page, accounts[name], callbackUrl);
}

/** Logs in with any e-mail address and password, e.g. an account a test created for itself. */
export async function logInWith(page: Page, account: { email: string; password: string }, callbackUrl?: string) {
  await page.goto(callbackUrl ? `/inloggen?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/inloggen");
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
}

/** A page in its own browser context (its own cookies), logged in as `name`. */
export async function pageAs(browser: Browser, name: AccountName): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, name);
  return page;
}

/** The page's session cookies as one Cookie header, to replay a request as that person. */
export async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

/** The error summary of the form on the page (not Next's route announcer, which is also an alert). */
export const formError = (scope: Page | import("@playwright/test").Locator) => scope.locator("form").getByRole("alert");
