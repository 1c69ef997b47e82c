// Helpers for the second-factor specs: the login's two steps, an authenticator app computed in the test, and the
// owner's notifications as the server queued them.
import { expect, type Browser, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { queryDatabase } from "./database";
import { uniqueIp } from "./questions";

export const SETUP_PATH = "/redactie/account/tweestapsverificatie";

/** A browser of its own (cookies, client address), optionally on another origin (passkeys need localhost). */
export async function ownBrowser(browser: Browser, baseURL?: string): Promise<Page> {
  // Without baseURL the config's own applies (an explicit undefined would replace it).
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
  return context.newPage();
}

export async function typePassword(page: Page, account: { email: string; password: string }) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/** Password only, for an account with a second factor: the page asks for the code next. */
export async function passwordStep(page: Page, account: { email: string; password: string }) {
  await typePassword(page, account);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen: tweede stap");
}

/**
 * Sends one code and waits for the server's answer. React empties the form once the previous attempt's answer is
 * shown: wait for that first, or the new code is typed into a field about to be cleared.
 */
export async function enterCode(page: Page, code: string, label = "Code uit uw authenticator-app") {
  const field = page.getByLabel(label);
  await expect(field).toHaveValue("");
  await field.fill(code);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/inloggen");
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await answered;
}

export async function logOut(page: Page) {
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "U bent uitgelogd." })).toBeVisible();
}

/**
 * What the authenticator app shows for a step the server will still accept and has not seen: one step either
 * side of now is accepted, each step once. Waits when the next unused step is too far ahead, and keeps clear of
 * the end of a 30-second period so the step cannot fall out of the window on the way to the server.
 */
export async function freshCode(secret: string, userId: number): Promise<string> {
  const app = new TOTP({ secret: Secret.fromBase32(secret) });
  for (;;) {
    const now = Date.now();
    const last = queryDatabase<{ step: number | null }>("select totp_last_step as step from users where id = ?", userId)[0]?.step ?? null;
    const current = Math.floor(now / 30_000);
    const step = Math.max(current - 1, last === null ? -Infinity : last + 1);
    if (now % 30_000 < 27_000 && step <= current + 1) return app.generate({ timestamp: step * 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Sets up the authenticator app on the setup page, as a person with the app would; returns secret and recovery codes. */
export async function setUpTotp(page: Page, userId: number): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.goto(SETUP_PATH);
  await page.getByRole("button", { name: "Authenticator-app instellen" }).click();
  await expect(page.getByRole("img", { name: "QR-code met de sleutel voor uw authenticator-app" })).toBeVisible();
  const secret = (await page.locator(".totp-secret").textContent())!.replace(/\s+/g, "");
  await page.getByLabel("Code uit de app").fill(await freshCode(secret, userId));
  await page.getByRole("button", { name: "Aanzetten" }).click();
  await expect(page.getByRole("heading", { name: "Uw herstelcodes" })).toBeVisible();
  await expect(page.locator(".recovery-codes__list code")).toHaveCount(10);
  const recoveryCodes = await page.locator(".recovery-codes__list code").allTextContents();
  await page.getByRole("link", { name: "Ik heb de codes bewaard" }).click();
  await expect(page.getByText(/^Aan sinds/)).toBeVisible();
  return { secret, recoveryCodes };
}

/** The mails queued for this address, oldest first. */
export function mailsQueuedFor(email: string) {
  return queryDatabase<{ subject: string; text: string; kind: string }>('select subject, text, kind from outbox where "to" = ? order by id', email);
}

/** The second-factor changes recorded in the audit log for this account, oldest first. */
export function secondFactorAudit(userId: number) {
  return queryDatabase<{ action: string; user_id: number | null }>(
    "select action, user_id from audit_events where target_type = 'user' and target_id = ? and action like 'second_factor.%' order by id",
    String(userId),
  );
}
