import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { referenceArticle } from "./demo-content";
import { formError } from "./support/accounts";
import { askQuestion, expectSent, readerPage, uniqueEmail } from "./support/questions";

type LogLine = { time: string; level: string; event: string; requestId?: string; [field: string]: unknown };

function serverLog(): { lines: string[]; entries: LogLine[] } {
  const lines = fs.readFileSync(process.env.E2E_SERVER_LOG!, "utf8").split("\n").filter(Boolean);
  return { lines, entries: lines.map((line) => JSON.parse(line) as LogLine) };
}

test.describe("server logs", () => {
  test("are one JSON line per event, and a request's line carries the id its response names", async ({ request }) => {
    const response = await request.get(referenceArticle.path);
    const requestId = response.headers()["x-request-id"];
    expect(requestId).toMatch(/^[0-9a-f]{16}$/);
    await expect
      .poll(() => serverLog().entries.filter((e) => e.event === "request" && e.requestId === requestId))
      .toEqual([expect.objectContaining({ level: "info", method: "GET", path: referenceArticle.path, status: 200 })]);
    // Every line parses (serverLog would throw otherwise), with a time, a level and an event name.
    for (const entry of serverLog().entries) {
      expect(entry).toEqual(expect.objectContaining({ time: expect.any(String), level: expect.stringMatching(/^(info|warn|error)$/), event: expect.any(String) }));
    }
  });

  test("never contain a reader's e-mail address or question, nor an address typed at the login", async ({ browser, page }) => {
    const email = uniqueEmail("logboek");
    const message = `Een vraag die nergens gelogd mag worden ${Date.now()}`;
    const reader = await readerPage(browser);
    await reader.goto(referenceArticle.path);
    await askQuestion(reader, { name: "Lezer Logboek", email, message });
    await expectSent(reader);

    const loginEmail = uniqueEmail("inlogpoging");
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill(loginEmail);
    await page.getByLabel("Wachtwoord").fill("een-verkeerd-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(formError(page)).toBeVisible();

    // The question's request was logged, without what was typed.
    await expect.poll(() => serverLog().entries.some((e) => e.event === "request" && e.method === "POST")).toBe(true);
    const text = serverLog().lines.join("\n");
    for (const secret of [email, message, loginEmail, email.split("@")[0]!, loginEmail.split("@")[0]!]) {
      expect(text).not.toContain(secret);
    }
  });
});
