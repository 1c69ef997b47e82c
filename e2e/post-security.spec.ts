import { expect, test, type Page } from "@playwright/test";
import { PostEditor } from "./pages/post-editor";
import { pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";

/** Rewrites one field of the next save-action request the page sends, as a hand-crafted request would. */
async function tamperWithNextSave(page: Page, field: string, value: string) {
  let done = false;
  await page.route(/\/redactie\/berichten/, async (route) => {
    const request = route.request();
    if (done || request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    done = true;
    const body = request.postData() ?? "";
    const pattern = new RegExp(`(name="[^"]*${field}"\\r\\n\\r\\n)[^\\r]*`);
    expect(body).toMatch(pattern);
    await route.continue({ postData: body.replace(pattern, (_m, head: string) => head + value) });
  });
}

const evilBody = JSON.stringify({
  type: "doc",
  content: [
    { type: "paragraph", attrs: { onclick: "alert(1)" }, content: [{ type: "text", text: "Veilige tekst" }] },
    { type: "image", attrs: { src: "/media/000000000000000000000000/640.webp", alt: "Foto", onerror: "alert(1)" } },
    { type: "paragraph", content: [{ type: "text", text: "<img src=x onerror=alert(1)>" }] },
  ],
});

test.describe("crafted requests to the save action", () => {
  test("a body with a javascript: link is refused and nothing is stored", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.title().fill("Bericht met een gevaarlijke link");
    await editor.body.click();
    await page.keyboard.type("Tekst");
    const crafted = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "klik", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] });
    await tamperWithNextSave(page, "body", crafted);
    await editor.submit("Opslaan");
    await expect(editor.message).toContainText("Een link mag alleen naar http-, https- of mailto-adressen wijzen.");
    expect(queryDatabase("select id from posts where title = 'Bericht met een gevaarlijke link'")).toHaveLength(0);
  });

  test("event handlers and raw HTML in a crafted body never reach a reader's browser", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.title().fill("Bericht met gesmokkelde attributen");
    await editor.lead().fill("Een intro.");
    await page.getByLabel("Rubriek").selectOption({ label: "Onderzoek" });
    await editor.body.click();
    await page.keyboard.type("Tekst");
    await editor.choosePerson("Contactpersoon zoeken", "Sanne de Wit");
    await tamperWithNextSave(page, "body", evilBody);
    await editor.submit("Publiceren");
    // Publishing a new post refreshes the page into the post's own address; the status line tells the outcome.
    await expect(page.locator(".post-form__status")).toContainText("Status: Gepubliceerd");

    const stored = queryDatabase<{ body: string }>("select body from posts where title = 'Bericht met gesmokkelde attributen'")[0]!.body;
    expect(stored).not.toMatch(/"onclick"|"onerror"/);
    const reader = await browser.newPage();
    const dialogs: string[] = [];
    reader.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const response = await reader.goto("/onderzoek/bericht-met-gesmokkelde-attributen");
    const html = await response!.text();
    // Event handlers appear only as escaped text, never as attributes of an element.
    expect(html).not.toMatch(/<[^>]+\son(click|error)\s*=/i);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    await expect(reader.locator(".rich-text")).toContainText("<img src=x onerror=alert(1)>");
    expect(dialogs).toEqual([]);
  });

  test("an author cannot publish, even by changing the request", async ({ browser }) => {
    const page = await pageAs(browser, "author");
    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.title().fill("Auteur probeert te publiceren");
    await editor.submit("Opslaan");
    const id = await editor.id();
    await expect(page.getByRole("button", { name: "Publiceren" })).toHaveCount(0);
    await tamperWithNextSave(page, "intent", "publish");
    await editor.submit("Opslaan");
    await expect(editor.message).toHaveText("U mag deze handeling niet uitvoeren.");
    expect(queryDatabase<{ status: string }>("select status from posts where id = ?", id)[0]!.status).toBe("draft");
  });

  test("an author cannot open someone else's post", async ({ browser }) => {
    const editorPage = await pageAs(browser, "editor");
    const editor = new PostEditor(editorPage);
    await editor.openNew();
    await editor.title().fill("Bericht van de redacteur");
    await editor.submit("Opslaan");
    const id = await editor.id();
    const author = await pageAs(browser, "author");
    expect((await author.goto(`/redactie/berichten/${id}`))?.status()).toBe(404);
    expect((await author.goto(`/redactie/berichten/${id}/voorbeeld`))?.status()).toBe(404);
  });
});

test.describe("the preview", () => {
  test("shows a draft as the public page will, to staff only", async ({ browser, request }) => {
    const page = await pageAs(browser, "editor");
    const { id } = queryDatabase<{ id: number }>("select id from posts where slug = 'concept-standpunt-kaderprogramma-10'")[0]!;
    await page.goto(`/redactie/berichten/${id}/voorbeeld`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Concept: standpunt over het tiende kaderprogramma");
    await expect(page.getByRole("complementary", { name: "Contactpersoon" })).toContainText("Sanne de Wit");
    const anonymous = await request.get(`/redactie/berichten/${id}/voorbeeld`, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(307);
  });
});

test.describe("the media library", () => {
  test("refuses a file that is not an image, whatever its name, and requires alt text", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    await page.goto("/redactie/media");
    await page.getByLabel("Afbeelding", { exact: true }).setInputFiles((await import("./support/media")).fixture("not-an-image.png"));
    await page.getByLabel("Alt-tekst", { exact: true }).fill("Geen echte afbeelding");
    await page.getByRole("button", { name: "Uploaden" }).click();
    await expect(page.locator("#veld-file-fout")).toContainText("geen afbeelding die we kunnen gebruiken");
    await expect(page.getByLabel("Alt-tekst", { exact: true })).toHaveValue("Geen echte afbeelding");
    await page.getByLabel("Alt-tekst", { exact: true }).fill("");
    await page.getByRole("button", { name: "Uploaden" }).click();
    await expect(page.locator("#veld-alt-fout")).toContainText("Vul een alt-tekst in");
  });
});
