import { expect, test } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { referenceArticle } from "./demo-content";
import { queryDatabase } from "./support/database";
import { askQuestion, expectSent, readerPage, uniqueEmail } from "./support/questions";

// One real SMTP server on loopback, on the port the test server sends to (playwright.config.ts).
test.describe.configure({ mode: "serial" });

type Received = { to: string[]; raw: string };
const received: Received[] = [];

function startSmtp(): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  return new Promise((resolve) => server.listen(Number(process.env.E2E_SMTP_PORT), "127.0.0.1", () => resolve(server)));
}

const stop = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));
const mailTo = (address: string) => received.filter((m) => m.to.includes(address));

test("a configured mail server receives the notification for the contact person and the visitor's receipt", async ({ browser }) => {
  const smtp = await startSmtp();
  try {
    const reader = await readerPage(browser);
    await reader.goto(referenceArticle.path);
    const email = uniqueEmail("mail");
    await askQuestion(reader, { name: "Mila Mail", email, message: "Komt dit per mail aan?" });
    await expectSent(reader);
    await expect.poll(() => mailTo(referenceArticle.contactPerson.email).some((m) => m.raw.includes("Mila Mail")), { timeout: 20_000 }).toBe(true);
    const notification = mailTo(referenceArticle.contactPerson.email).find((m) => m.raw.includes("Mila Mail"))!;
    expect(notification.raw).toMatch(/\/redactie\/vragen\/\d+/);
    await expect.poll(() => mailTo(email).length, { timeout: 20_000 }).toBe(1);
    expect(mailTo(email)[0]!.raw).toContain("Komt dit per mail aan?");
  } finally {
    await stop(smtp);
  }
});

test("with the mail server down the question is still stored, and the mail goes out once it is back", async ({ browser }) => {
  const reader = await readerPage(browser);
  await reader.goto(referenceArticle.path);
  const email = uniqueEmail("later");
  await askQuestion(reader, { name: "Lars Later", email, message: "Mail komt later." });
  await expectSent(reader);
  expect(queryDatabase("select id from questions where email = ?", email)).toHaveLength(1);
  const pending = () => queryDatabase<{ attempts: number; sent_at: number | null }>('select attempts, sent_at from outbox where "to" = ?', email)[0];
  await expect.poll(() => pending()?.attempts ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
  expect(pending()?.sent_at).toBeNull();

  const smtp = await startSmtp();
  try {
    await expect.poll(() => mailTo(email).length, { timeout: 30_000 }).toBe(1);
    await expect.poll(() => pending()?.sent_at ?? null, { timeout: 10_000 }).not.toBeNull();
  } finally {
    await stop(smtp);
  }
});
