import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { referenceArticle } from "./demo-content";
import { accounts, logIn, pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { uploadImage } from "./support/media";
import { askQuestion, expectSent, readerPage } from "./support/questions";

const journal = JSON.parse(fs.readFileSync(path.join(process.cwd(), "drizzle/meta/_journal.json"), "utf8")) as { entries: { tag: string }[] };
const latestMigration = journal.entries.at(-1)!.tag;

test.describe("the health check", () => {
  test("answers JSON with database, schema, mail, scheduler, backup and disk facts, and no personal data", async ({ request }) => {
    // The scheduler runs every 2 seconds in tests: its round shows up without anyone asking.
    await expect
      .poll(async () => ((await (await request.get("/api/gezondheid")).json()) as { scheduler: { lastRunAt: string | null } }).scheduler.lastRunAt, { timeout: 15_000 })
      .not.toBeNull();
    const response = await request.get("/api/gezondheid");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["cache-control"]).toContain("no-store");
    const body = await response.text();
    const health = JSON.parse(body);
    expect(health).toMatchObject({
      status: expect.stringMatching(/^(ok|warning)$/),
      database: { read: true, write: true, schemaVersion: latestMigration, migrationsApplied: journal.entries.length, searchIndexVersion: 1 },
      mail: { backlog: expect.any(Number), failed: expect.any(Number) },
      scheduler: { intervalSeconds: 2, lastRunAt: expect.any(String) },
      backup: { configured: expect.any(Boolean), archives: expect.any(Number) },
      disk: { freeBytes: expect.any(Number), totalBytes: expect.any(Number) },
    });
    expect(Array.isArray(health.problems)).toBe(true);
    // The demo content and test accounts hold many e-mail addresses; none may show, nor where the data lives.
    expect(body).not.toMatch(/@/);
    expect(body).not.toContain(path.dirname(process.env.E2E_DATABASE_PATH!));
  });

  test("needs no login, and sets no cookie", async ({ playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const response = await anonymous.get("/api/gezondheid");
    expect(response.status()).toBe(200);
    expect(response.headers()["set-cookie"]).toBeUndefined();
    await anonymous.dispose();
  });
});

test.describe("the system page", () => {
  test("shows an admin the same facts, with a link to failed mail, and is in the admin's menu", async ({ browser }) => {
    const page = await pageAs(browser, "admin");
    await page.goto("/redactie");
    await page.getByRole("navigation", { name: "Redactie" }).getByRole("link", { name: "Systeem" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Systeem");
    await expect(page.getByText(`${latestMigration} (${journal.entries.length} van ${journal.entries.length} migraties)`)).toBeVisible();
    await expect(page.getByRole("link", { name: "Mislukte mail bekijken en opnieuw versturen" })).toHaveAttribute("href", "/redactie/vragen/mail");
    await expect(page.getByRole("heading", { name: "Back-ups" })).toBeVisible();
  });

  for (const name of ["editor", "author"] as const) {
    test(`cannot be opened by an ${name} (403), and is not in their menu`, async ({ browser }) => {
      const page = await pageAs(browser, name);
      await page.goto("/redactie");
      await expect(page.getByRole("navigation", { name: "Redactie" }).getByRole("link", { name: "Systeem" })).toHaveCount(0);
      const response = await page.goto("/redactie/systeem");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "Schemaversie" })).toHaveCount(0);
      await expect(page.getByText("Schemaversie")).toHaveCount(0);
    });
  }

  test("sends a visitor without a session to the login page", async ({ page }) => {
    await page.goto("/redactie/systeem");
    await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fredactie%2Fsysteem/);
  });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test.describe("a backup taken while the server writes", () => {
  let restored: ChildProcess | undefined;
  let workDir: string;
  test.afterAll(() => {
    if (restored?.pid) restored.kill("SIGTERM");
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  });

  test("restores to a server that serves every page, image, login and question", async ({ browser, request }) => {
    test.setTimeout(180_000);
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-restore-e2e-"));
    const live = { DATABASE_PATH: process.env.E2E_DATABASE_PATH!, MEDIA_DIR: path.join(path.dirname(process.env.E2E_DATABASE_PATH!), "media") };
    const admin = await pageAs(browser, "admin");
    const alt = `Back-upbeeld ${Date.now()}`;
    await uploadImage(admin, alt);
    const storageKey = queryDatabase<{ key: string }>("select storage_key as key from media where alt = ?", alt)[0]!.key;

    // Write load: the server's own writes (health probes, every one a committed write) plus a second connection.
    const writer = new Database(live.DATABASE_PATH);
    writer.pragma("busy_timeout = 5000");
    const insert = writer.prepare("insert into rate_limits (key, points, expire) values (?, 1, ?) on conflict(key) do update set points = points + 1");
    let writes = 0;
    let stop = false;
    const load = (async () => {
      while (!stop) {
        insert.run(`restore_load_${writes % 50}`, Date.now() + 60_000);
        writes++;
        await request.get("/api/gezondheid");
      }
    })();
    const env = { ...process.env, ...live };
    execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/backup.ts", "--out", path.join(workDir, "backups")], { env, stdio: "pipe" });
    stop = true;
    await load;
    writer.close();
    expect(writes).toBeGreaterThan(0);

    const archive = path.join(workDir, "backups", fs.readdirSync(path.join(workDir, "backups"))[0]!);
    const target = { DATABASE_PATH: path.join(workDir, "data/newsroom.db"), MEDIA_DIR: path.join(workDir, "data/media") };
    execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/restore.ts", archive], { env: { ...process.env, ...target }, stdio: "pipe" });
    // Restoring again is refused: the data is live now.
    expect(() => execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/restore.ts", archive], { env: { ...process.env, ...target }, stdio: "pipe" })).toThrow(
      /already exists/,
    );

    // A second server on the same build (same SITE_URL, as the build requires) serving the restored data.
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    restored = spawn(process.execPath, ["scripts/serve.mjs"], {
      env: { ...process.env, ...target, PORT: String(port), HOST: "127.0.0.1", SITE_URL: test.info().project.use.baseURL!, AUTH_SECRET: process.env.E2E_AUTH_SECRET!, NODE_ENV: "production", TRUSTED_PROXY_HOPS: "1", SMTP_URL: "", BACKUP_DIR: "" },
      stdio: "ignore",
    });
    await expect.poll(async () => (await fetch(`${origin}/`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);

    const context = await browser.newContext({ baseURL: origin, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
    const page = await context.newPage();
    const article = referenceArticle;
    for (const url of ["/", "/nieuws", "/agenda", "/medewerkers", article.path, "/feed.xml", "/sitemap.xml"]) {
      expect((await page.request.get(url)).status(), url).toBe(200);
    }
    await page.goto(`/zoeken?q=${encodeURIComponent(article.title)}`);
    await expect(page.getByRole("link", { name: article.title }).first()).toBeVisible();
    expect((await page.request.get(`/media/${storageKey}/320.webp`)).status()).toBe(200);

    await logIn(page, "editor");
    await expect(page.getByText(`Ingelogd als ${accounts.editor.name}`)).toBeVisible();

    const reader = await readerPage(browser);
    await reader.goto(`${origin}${article.path}`);
    await reader.getByRole("complementary", { name: "Contactpersoon" }).getByRole("link", { name: "Stel uw vraag" }).click();
    await askQuestion(reader, { name: "Hersteld Lezer", email: "hersteld@lezer.example", message: "Werkt de herstelde server?" });
    await expectSent(reader);
    const stored = new Database(target.DATABASE_PATH, { readonly: true });
    expect(stored.prepare("select count(*) as n from questions where email = ?").get("hersteld@lezer.example")).toEqual({ n: 1 });
    stored.close();
    await context.close();
  });
});
