import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { PostEditor } from "./pages/post-editor";
import { pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";

const LEAVE_QUESTION = "Er zijn wijzigingen die nog niet zijn opgeslagen. Als u deze pagina verlaat, gaan ze verloren. Toch verlaten?";
const unique = () => crypto.randomBytes(3).toString("hex");
const postRow = (id: number) =>
  queryDatabase<{ lead: string; pending: string | null; version: number }>("select lead, pending_changes as pending, version from posts where id = ?", id)[0]!;
const revisionCount = (id: number) => queryDatabase<{ n: number }>("select count(*) as n from revisions where post_id = ?", id)[0]!.n;

test.describe("edits to a published post", () => {
  test("wait as pending changes that readers do not see until Bijwerken, and leaving with unsaved edits asks first", async ({ browser }) => {
    test.setTimeout(90_000);
    const id0 = unique();
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    const { id, path } = await editor.publishNew(`Gepubliceerd bericht ${id0}`, { lead: `De gepubliceerde intro ${id0}.` });
    const reader = await browser.newPage();
    await reader.goto(path);
    await expect(reader.locator(".article__lead")).toHaveText(`De gepubliceerde intro ${id0}.`);

    // An edit, then a dashboard link: the editor asks; saying no keeps the page and the typed text.
    const pendingLead = `Een nieuwe intro met het woord wachtwoordloos${id0}.`;
    await editor.lead().fill(pendingLead);
    const asked = editor.answerNextDialog(false);
    await page.getByRole("navigation", { name: "Redactie" }).getByRole("link", { name: "Berichten" }).click();
    expect(await asked).toBe(LEAVE_QUESTION);
    await expect(page).toHaveURL(new RegExp(`/redactie/berichten/${id}$`));
    await expect(editor.lead()).toHaveValue(pendingLead);

    // Autosave keeps it as pending changes: the status line says so, the public columns stay as they were.
    await expect(editor.pendingState()).toBeVisible({ timeout: 10_000 });
    expect(postRow(id).lead).toBe(`De gepubliceerde intro ${id0}.`);
    expect(JSON.parse(postRow(id).pending!).fields.lead).toBe(pendingLead);

    // Another edit, and this time leaving is accepted: that unsaved edit is gone, the pending one is kept.
    await editor.lead().fill("Deze intro wordt nooit opgeslagen.");
    const askedAgain = editor.answerNextDialog(true);
    await page.getByRole("navigation", { name: "Redactie" }).getByRole("link", { name: "Berichten" }).click();
    expect(await askedAgain).toBe(LEAVE_QUESTION);
    await expect(page).toHaveURL(/\/redactie\/berichten$/);

    // Readers still see the published text: on the page, in the feed and in search.
    await reader.reload();
    await expect(reader.locator(".article__lead")).toHaveText(`De gepubliceerde intro ${id0}.`);
    expect(await reader.content()).not.toContain(`wachtwoordloos${id0}`);
    expect(await (await reader.request.get("/feed.xml")).text()).not.toContain(`wachtwoordloos${id0}`);
    await reader.goto(`/zoeken?q=wachtwoordloos${id0}`);
    await expect(reader.getByRole("link", { name: `Gepubliceerd bericht ${id0}` })).toHaveCount(0);

    // Back in the editor: the pending text, said to be unpublished; the staff preview shows it too.
    await editor.open(id);
    await expect(editor.lead()).toHaveValue(pendingLead);
    await expect(editor.pendingState()).toBeVisible();
    await page.goto(`/redactie/berichten/${id}/voorbeeld`);
    await expect(page.locator(".article__lead")).toHaveText(pendingLead);

    // "Bijwerken" publishes it, as a new version, and readers see it.
    const revisions = revisionCount(id);
    await editor.open(id);
    await editor.submit("Bijwerken");
    await expect(editor.message).toHaveText("Bijgewerkt. De wijzigingen staan nu op de site.");
    await expect(editor.saveState).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/);
    expect(postRow(id)).toMatchObject({ lead: pendingLead, pending: null });
    expect(revisionCount(id)).toBe(revisions + 1);
    await reader.goto(path);
    await expect(reader.locator(".article__lead")).toHaveText(pendingLead);
    await reader.goto(`/zoeken?q=wachtwoordloos${id0}`);
    await expect(reader.getByRole("link", { name: `Gepubliceerd bericht ${id0}` })).toBeVisible();
  });

  test("the back button asks first while changes are unsaved; once saved it simply goes back", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    await editor.writeComplete(`Concept voor de terugknop ${unique()}`);
    await editor.submit("Opslaan");
    const id = await editor.id();
    await page.goto("/redactie/berichten");
    await page.goto(`/redactie/berichten/${id}`);
    await editor.lead().fill("Nog niet opgeslagen intro.");

    const asked = editor.answerNextDialog(false);
    await page.evaluate(() => window.history.back());
    expect(await asked).toBe(LEAVE_QUESTION);
    await expect(page).toHaveURL(new RegExp(`/redactie/berichten/${id}$`));
    await expect(editor.lead()).toHaveValue("Nog niet opgeslagen intro.");

    // Saved: nothing to lose, so no question.
    await expect(editor.saveState).toHaveText(/^Opgeslagen om \d{2}:\d{2}$/, { timeout: 10_000 });
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.evaluate(() => window.history.back());
    await expect(page).toHaveURL(/\/redactie\/berichten$/);
    expect(dialogs).toEqual([]);
  });

  test("discarding pending changes asks first, then brings back the published text", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    const id0 = unique();
    const { id } = await editor.publishNew(`Bericht met verworpen wijzigingen ${id0}`, { lead: `Gepubliceerde intro ${id0}.` });
    await editor.lead().fill("Een intro die verworpen wordt.");
    await editor.submit("Opslaan");
    await expect(editor.message).toHaveText("Opgeslagen. Lezers zien de wijzigingen pas na ‘Bijwerken’.");
    await expect(editor.pendingState()).toBeVisible();

    const asked = editor.answerNextDialog(false);
    await page.getByRole("button", { name: "Wijzigingen verwerpen" }).click();
    expect(await asked).toContain("Wijzigingen verwerpen?");
    expect(postRow(id).pending).not.toBeNull();

    void editor.answerNextDialog(true);
    await page.getByRole("button", { name: "Wijzigingen verwerpen" }).click();
    await expect(editor.lead()).toHaveValue(`Gepubliceerde intro ${id0}.`);
    await expect(page.getByRole("button", { name: "Wijzigingen verwerpen" })).toHaveCount(0);
    expect(postRow(id)).toMatchObject({ lead: `Gepubliceerde intro ${id0}.`, pending: null });
  });

  test("an author cannot publish pending changes with a forged Bijwerken", async ({ browser }) => {
    const page = await pageAs(browser, "author");
    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.title().fill(`Auteur probeert bij te werken ${unique()}`);
    await editor.submit("Opslaan");
    const id = await editor.id();
    await expect(page.getByRole("button", { name: "Bijwerken" })).toHaveCount(0);
    await page.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>("button[value='save']")!;
      button.value = "update";
    });
    await editor.submit("Opslaan");
    await expect(editor.message).toHaveText("U mag deze handeling niet uitvoeren.");
    expect(queryDatabase<{ status: string }>("select status from posts where id = ?", id)[0]!.status).toBe("draft");
  });
});
