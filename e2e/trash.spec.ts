import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { PostEditor } from "./pages/post-editor";
import { TrashPage } from "./pages/trash-page";
import { pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { runJobsAt } from "./support/questions";

const unique = () => crypto.randomBytes(3).toString("hex");
const postRow = (id: number) => queryDatabase<{ status: string; trashed: number | null }>("select status, trashed_at as trashed from posts where id = ?", id)[0];
const DAY_MS = 24 * 60 * 60 * 1000;

// The retention job and "Prullenbak legen" remove every trashed post, so these tests take turns.
test.describe.configure({ mode: "serial" });

test.describe("the trash", () => {
  test("a post in review goes to the trash, leaves the posts list, and comes back with its status", async ({ browser }) => {
    const page = await pageAs(browser, "author");
    const editor = new PostEditor(page);
    const title = `Concept voor de prullenbak ${unique()}`;
    await editor.openNew();
    await editor.title().fill(title);
    await editor.submit("Ter beoordeling aanbieden");
    const id = await editor.id();

    const trash = new TrashPage(page);
    await trash.trashFromEditor(id);
    await expect(page).toHaveURL(/\/redactie\/berichten\/prullenbak/);
    await expect(trash.status).toHaveText("Het bericht staat nu in de prullenbak.");
    await expect(trash.row(title)).toContainText("Ter beoordeling");
    expect(postRow(id)?.trashed).not.toBeNull();

    await page.goto(`/redactie/berichten?q=${encodeURIComponent(title)}`);
    await expect(page.getByText("0 berichten")).toBeVisible();
    await page.goto(`/redactie/berichten/${id}`);
    await expect(page.getByText("Dit bericht staat in de prullenbak.")).toBeVisible();

    await trash.open();
    await trash.restore(title);
    await expect(page.locator(".post-form__status")).toContainText("Status: Ter beoordeling");
    expect(postRow(id)).toEqual({ status: "in_review", trashed: null });
    await page.goto(`/redactie/berichten?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  });

  test("a published post cannot be trashed until it is archived", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    const { id, path } = await editor.publishNew(`Gepubliceerd, niet weg te gooien ${unique()}`);
    const trash = new TrashPage(page);
    await trash.trashFromEditor(id);
    await expect(page.getByRole("alert").filter({ hasText: "Archiveer het bericht eerst." })).toBeVisible();
    expect(postRow(id)).toEqual({ status: "published", trashed: null });
    expect((await page.request.get(path)).status()).toBe(200);

    await editor.submit("Archiveren");
    await expect(editor.message).toHaveText("Gearchiveerd.");
    await trash.trashFromEditor(id);
    await expect(page).toHaveURL(/\/redactie\/berichten\/prullenbak/);
    expect(postRow(id)?.status).toBe("archived");
    expect((await page.request.get(path)).status()).toBe(404);
  });

  test("an author trashes their own draft and sees only their own trash, without emptying it", async ({ browser }) => {
    const editorPage = await pageAs(browser, "editor");
    const editorsTitle = `Concept van de redacteur ${unique()}`;
    const editor = new PostEditor(editorPage);
    await editor.openNew();
    await editor.title().fill(editorsTitle);
    await editor.submit("Opslaan");
    await new TrashPage(editorPage).trashFromEditor(await editor.id());
    await expect(editorPage).toHaveURL(/prullenbak/);

    const page = await pageAs(browser, "author");
    const author = new PostEditor(page);
    const title = `Concept van de auteur ${unique()}`;
    await author.openNew();
    await author.title().fill(title);
    await author.submit("Opslaan");
    const trash = new TrashPage(page);
    await trash.trashFromEditor(await author.id());
    await expect(trash.row(title)).toBeVisible();
    await expect(trash.row(editorsTitle)).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Prullenbak legen…" })).toHaveCount(0);
  });

  test("emptying the trash asks first, then deletes for good", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    const title = `Definitief weg ${unique()}`;
    await editor.openNew();
    await editor.title().fill(title);
    await editor.submit("Opslaan");
    const id = await editor.id();
    const trash = new TrashPage(page);
    await trash.trashFromEditor(id);

    await page.getByRole("link", { name: "Prullenbak legen…" }).click();
    await expect(page.getByRole("heading", { name: "Prullenbak legen?" })).toBeVisible();
    await page.getByRole("link", { name: "Nee, annuleren" }).click();
    await expect(trash.row(title)).toBeVisible();
    expect(postRow(id)).toBeDefined();

    await page.getByRole("link", { name: "Prullenbak legen…" }).click();
    await page.getByRole("button", { name: "Ja, definitief verwijderen" }).click();
    await expect(trash.status).toContainText("De prullenbak is geleegd");
    await expect(page.getByText("De prullenbak is leeg.")).toBeVisible();
    expect(postRow(id)).toBeUndefined();
  });

  test("the retention job removes posts after 30 days in the trash, not before", async ({ browser, request }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.title().fill(`Oud concept ${unique()}`);
    await editor.submit("Opslaan");
    const id = await editor.id();
    await new TrashPage(page).trashFromEditor(id);
    await expect(page).toHaveURL(/prullenbak/);

    await runJobsAt(request, new Date(Date.now() + 29 * DAY_MS));
    expect(postRow(id)).toBeDefined();
    await runJobsAt(request, new Date(Date.now() + 31 * DAY_MS));
    expect(postRow(id)).toBeUndefined();
  });
});
