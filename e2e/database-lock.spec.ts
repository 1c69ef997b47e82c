import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { referenceArticle } from "./demo-content";
import { queryDatabase } from "./support/database";
import { askQuestion, expectSent, readerPage, runJobsAt, uniqueEmail } from "./support/questions";

// Another process (a backup, a maintenance script) holds SQLite's write lock on the server's database file.
// Readers must not notice; writers wait without blocking the server, and give a Dutch "try again" when it lasts.

const BUSY = "Het systeem is even bezig. Probeer het zo opnieuw; wat u typte staat er nog.";

function holdWriteLock() {
  const connection = new Database(process.env.E2E_DATABASE_PATH!, { fileMustExist: true });
  connection.pragma("busy_timeout = 10000"); // waits for a write of the server that is in progress
  connection.exec("begin immediate");
  let released = false;
  return {
    held: () => !released && connection.inTransaction,
    release() {
      if (released) return;
      released = true;
      connection.exec("rollback");
      connection.close();
    },
  };
}

const questionsFrom = (email: string) => queryDatabase<{ id: number; status: string }>("select id, status from questions where email = ?", email);

/** The contact form, open long enough to count as typed by a person (so the lock is held only around the send). */
async function contactFormReady(page: Page) {
  await page.goto("/contact");
  await page.waitForTimeout(3200);
}

// One lock at a time: these tests would otherwise wait on each other's lock.
test.describe.configure({ mode: "serial" });

test("cached pages answer while another process holds the write lock and a write is waiting for it", async ({ request }) => {
  for (const path of ["/", referenceArticle.path]) expect((await request.get(path)).status()).toBe(200);
  const lock = holdWriteLock();
  try {
    // The jobs route writes (publishes what is due); it has to wait for the lock.
    let jobsDone = false;
    const jobs = runJobsAt(request, new Date()).finally(() => (jobsDone = true));
    await new Promise((resolve) => setTimeout(resolve, 500));

    const home = await request.get("/");
    const article = await request.get(referenceArticle.path);
    expect(home.status()).toBe(200);
    expect(await article.text()).toContain(referenceArticle.title);
    // Both answered while the writer was still waiting and the lock still held: the wait did not hold them up.
    expect(jobsDone).toBe(false);
    expect(lock.held()).toBe(true);

    lock.release();
    await jobs;
  } finally {
    lock.release();
  }
});

test("a question sent while the database stays locked gets a Dutch 'try again', keeps the text, and is stored once when sent again", async ({ browser }) => {
  const reader = await readerPage(browser);
  await contactFormReady(reader);
  const email = uniqueEmail("slot");
  const question = { name: "Sanne Geduld", email, message: "Werd mijn vraag bewaard terwijl het systeem bezig was?" };
  const form = reader.locator("form.question-form");

  const lock = holdWriteLock();
  try {
    await askQuestion(reader, question, { wait: 0 });
    await expect(form.getByRole("alert")).toContainText(BUSY, { timeout: 15_000 });
    expect(lock.held()).toBe(true);
  } finally {
    lock.release();
  }
  await expect(form.getByLabel("Naam", { exact: true })).toHaveValue(question.name);
  await expect(form.getByLabel("E-mailadres")).toHaveValue(email);
  await expect(form.getByLabel("Uw vraag", { exact: true })).toHaveValue(question.message);
  expect(questionsFrom(email)).toHaveLength(0);

  await form.getByRole("button", { name: "Vraag versturen" }).click();
  await expectSent(reader);
  expect(questionsFrom(email)).toEqual([{ id: expect.any(Number), status: "new" }]);
});

test("a question sent while the lock is held for a second waits for it and is stored once", async ({ browser }) => {
  const reader = await readerPage(browser);
  await contactFormReady(reader);
  const email = uniqueEmail("kort-slot");

  const lock = holdWriteLock();
  let releasedAt = 0;
  try {
    setTimeout(() => {
      lock.release();
      releasedAt = Date.now();
    }, 1000);
    await askQuestion(reader, { name: "Ruben Kortwachten", email, message: "Komt deze vraag na een korte wachttijd aan?" }, { wait: 0 });
    await expectSent(reader);
  } finally {
    lock.release();
  }
  // The confirmation came after the lock was released: the question waited instead of failing.
  expect(releasedAt).toBeGreaterThan(0);
  expect(questionsFrom(email)).toEqual([{ id: expect.any(Number), status: "new" }]);
});
