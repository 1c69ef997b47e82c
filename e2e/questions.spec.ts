import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { referenceArticle } from "./demo-content";
import { logIn, pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";
import { askQuestion, expectSent, formFields, openQuestionForm, readerPage, runJobsAt, uniqueEmail, uniqueIp } from "./support/questions";

type Row = { id: number; status: string; recipient_id: number | null; post_id: number | null };
const questionsFrom = (email: string) => queryDatabase<Row>("select id, status, recipient_id, post_id from questions where email = ?", email);
const personId = (slug: string) => queryDatabase<{ id: number }>("select id from people where slug = ?", slug)[0]!.id;
const postId = (slug: string) => queryDatabase<{ id: number }>("select id from posts where slug = ?", slug)[0]!.id;

test.describe("asking a question on an article", () => {
  for (const javaScript of [true, false]) {
    test(`reaches the contact person's inbox, linked to the article (JavaScript ${javaScript ? "on" : "off"})`, async ({ browser }) => {
      const reader = await readerPage(browser, { javaScript });
      await reader.goto(referenceArticle.path);
      await reader.getByRole("complementary", { name: "Contactpersoon" }).getByRole("link", { name: "Stel uw vraag" }).click();
      await expect(reader).toHaveURL(/#stel-uw-vraag$/);
      const email = uniqueEmail(javaScript ? "met-js" : "zonder-js");
      const message = `Geldt de regeling ook voor hogescholen? (${javaScript ? "met" : "zonder"} JavaScript)`;
      const name = javaScript ? "Anouk Lezer" : "Noor Zonderscript";
      await askQuestion(reader, { name, email, organisation: "Hogeschool Voorbeeld", message });
      await expectSent(reader);
      await expect(reader.locator("main")).toContainText(`${referenceArticle.contactPerson.name} (${referenceArticle.contactPerson.jobTitle.toLowerCase()}) beantwoordt uw vraag`);

      const [stored] = questionsFrom(email);
      expect(stored).toMatchObject({ status: "new", recipient_id: personId(referenceArticle.contact), post_id: postId(referenceArticle.slug) });

      // The author's account is linked to the article's contact person.
      const inbox = await pageAs(browser, "author");
      await inbox.goto("/redactie/vragen");
      await inbox.getByRole("row").filter({ hasText: referenceArticle.title }).getByRole("link", { name }).first().click();
      await expect(inbox.locator(".question-text").first()).toHaveText(message);
      await expect(inbox.getByRole("link", { name: referenceArticle.title })).toHaveAttribute("href", referenceArticle.path);
    });
  }

  test("validation errors appear next to each field and keep what was typed (without JavaScript)", async ({ browser }) => {
    const reader = await readerPage(browser, { javaScript: false });
    await reader.goto(referenceArticle.path);
    await askQuestion(reader, { name: "Bram Typfout", email: "bram-at-voorbeeld", message: "Mijn vraag, zorgvuldig getypt." }, { wait: 0 });
    const form = reader.locator("form.question-form");
    await expect(form.getByRole("alert")).toContainText("Uw vraag is nog niet verstuurd");
    await expect(form.locator("#vraag-email-fout")).toContainText("Vul een geldig e-mailadres in");
    await expect(form.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Naam", { exact: true })).toHaveValue("Bram Typfout");
    await expect(form.getByLabel("Uw vraag", { exact: true })).toHaveValue("Mijn vraag, zorgvuldig getypt.");
    expect(queryDatabase("select id from questions where name = 'Bram Typfout'")).toHaveLength(0);
  });

  test("the counter shows how much of the 5,000 characters is used", async ({ browser }) => {
    const reader = await readerPage(browser);
    await reader.goto(referenceArticle.path);
    await openQuestionForm(reader);
    await reader.getByLabel("Uw vraag", { exact: true }).fill("Twaalf tekens");
    await expect(reader.locator("#vraag-message-teller")).toHaveText("13 van 5.000 tekens");
  });
});

test.describe("spam and abuse", () => {
  test("a filled honeypot is stored as spam, and the sender sees the usual confirmation", async ({ browser }) => {
    const reader = await readerPage(browser);
    await reader.goto("/contact");
    await reader.locator("#vraag-website").evaluate((input: HTMLInputElement) => (input.value = "https://spam.example"));
    const email = uniqueEmail("honeypot");
    await askQuestion(reader, { name: "Robot", email, message: "Koop nu!" });
    await expectSent(reader);
    expect(questionsFrom(email)[0]?.status).toBe("spam");
  });

  test("a form sent faster than a person can type is stored as spam", async ({ browser }) => {
    const reader = await readerPage(browser);
    await reader.goto("/contact");
    const email = uniqueEmail("te-snel");
    await askQuestion(reader, { name: "Snelle Robot", email, message: "Snel snel" }, { wait: 0 });
    await expectSent(reader);
    expect(questionsFrom(email)[0]?.status).toBe("spam");
  });

  test("a post without a valid signed form token is stored as spam, whatever fill time the browser claims", async ({ browser, playwright, baseURL }) => {
    const reader = await readerPage(browser);
    await reader.goto("/contact");
    const fields = await formFields(reader);
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
    const send = (label: string, extra: Record<string, string>) => {
      const email = uniqueEmail(label);
      return request.post("/contact", { multipart: { ...fields, name: "Bot", email, message: "Gekocht bericht", fillMs: "60000", ...extra }, maxRedirects: 0 }).then((r) => ({ r, email }));
    };
    const forged = await send("vervalst", { formToken: `${Date.now() - 60_000}.vervalstehandtekening0` });
    const missing = await send("zonder", { formToken: "" });
    for (const { r, email } of [forged, missing]) {
      expect(r.status()).toBe(303);
      expect(questionsFrom(email)[0]?.status, email).toBe("spam");
    }
    await request.dispose();
  });

  test("a name made only of invisible characters is refused next to the field, and the text is kept", async ({ browser }) => {
    const reader = await readerPage(browser, { javaScript: false });
    await reader.goto("/contact");
    const form = reader.locator("form.question-form");
    const email = uniqueEmail("onzichtbaar");
    await form.getByLabel("Naam", { exact: true }).fill("\u200b\u200b\u200b");
    await form.getByLabel("E-mailadres").fill(email);
    await form.getByLabel("Uw vraag", { exact: true }).fill("Mijn vraag blijft staan.");
    await reader.waitForTimeout(3200);
    await form.getByRole("button", { name: "Vraag versturen" }).click();
    await expect(reader.locator("#vraag-name-fout")).toContainText("Vul uw naam in.");
    await expect(reader.getByLabel("Uw vraag", { exact: true })).toHaveValue("Mijn vraag blijft staan.");
    expect(questionsFrom(email)).toHaveLength(0);
  });

  test("a line break in a name or organisation cannot forge lines in the staff's mail: it is refused", async ({ browser, playwright, baseURL }) => {
    const reader = await readerPage(browser);
    await reader.goto("/contact");
    const fields = await formFields(reader);
    await reader.waitForTimeout(3200);
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
    const email = uniqueEmail("regeleinde");
    const response = await request.post("/contact", {
      multipart: { ...fields, name: "Eva\r\nOver: iets anders", organisation: "Bedrijf\nBcc: iedereen@example.org", email, message: "Vraag" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain("Uw naam moet op één regel staan");
    expect(html).toContain("De naam van uw organisatie moet op één regel staan");
    expect(questionsFrom(email)).toHaveLength(0);
    await request.dispose();
  });

  test("what a client writes into X-Forwarded-For does not give it a fresh address", async ({ browser, playwright, baseURL }) => {
    const reader = await readerPage(browser);
    await reader.goto("/contact");
    const fields = await formFields(reader);
    await reader.waitForTimeout(3200);
    const request = await playwright.request.newContext({ baseURL });
    const realAddress = uniqueIp();
    const send = (n: number) =>
      request.post("/contact", {
        multipart: { ...fields, name: `Vermomd ${n}`, email: uniqueEmail(`vermomd-${n}`), message: `Vraag ${n}` },
        headers: { "x-forwarded-for": `192.0.2.${n}, ${realAddress}` },
        maxRedirects: 0,
      });
    for (let n = 1; n <= 5; n++) expect((await send(n)).status()).toBe(303);
    expect(await (await send(6)).text()).toContain("U heeft kort na elkaar veel vragen gestuurd.");
    await request.dispose();
  });

  test("the sixth question from one address within ten minutes is refused with a Dutch message", async ({ browser, playwright, baseURL }) => {
    const ip = uniqueIp();
    const reader = await readerPage(browser, { ip });
    await reader.goto("/contact");
    const fields = await formFields(reader);
    await reader.waitForTimeout(3200);
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": ip } });
    const send = (n: number) =>
      request.post("/contact", { multipart: { ...fields, name: `Veelvrager ${n}`, email: uniqueEmail(`veel-${n}`), message: `Vraag nummer ${n}` }, maxRedirects: 0 });
    for (let n = 1; n <= 5; n++) expect((await send(n)).status()).toBe(303);
    const refused = await send(6);
    expect(refused.status()).toBe(200);
    expect(await refused.text()).toContain("U heeft kort na elkaar veel vragen gestuurd. Probeer het over");
    expect(queryDatabase("select id from questions where name = 'Veelvrager 6'")).toHaveLength(0);
    await request.dispose();
  });

  test("200 simultaneous questions from different addresses are all stored, none twice", async ({ browser, playwright, baseURL }) => {
    test.setTimeout(120_000);
    const reader = await readerPage(browser);
    await reader.goto("/contact");
    const fields = await formFields(reader);
    await reader.waitForTimeout(3200);
    const request = await playwright.request.newContext({ baseURL });
    const batch = `gelijktijdig-${Date.now()}`;
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        request.post("/contact", {
          multipart: { ...fields, name: `Gelijktijdig ${n}`, email: `${batch}-${n}@lezer.example`, message: `Vraag ${n}` },
          headers: { "x-forwarded-for": `203.0.${Math.floor(n / 250)}.${n % 250}` },
          maxRedirects: 0,
        }),
      ),
    );
    expect(responses.map((r) => r.status()).filter((s) => s !== 303)).toEqual([]);
    const stored = queryDatabase<{ email: string; n: number }>("select email, count(*) as n from questions where email like ? group by email", `${batch}-%`);
    expect(stored).toHaveLength(200);
    expect(stored.every((row) => row.n === 1)).toBe(true);
    await request.dispose();
  });
});

test.describe("the inbox", () => {
  test("an author cannot open a question addressed to someone else, by URL or by calling the action", async ({ browser, playwright, baseURL }) => {
    const reader = await readerPage(browser);
    await reader.goto("/contact");
    const email = uniqueEmail("algemeen");
    await askQuestion(reader, { name: "Algemene Vraagsteller", email, message: "Een vraag voor de algemene inbox." });
    await expectSent(reader);
    const [question] = questionsFrom(email);
    expect(question!.recipient_id).toBeNull();

    const author = await pageAs(browser, "author");
    expect((await author.goto(`/redactie/vragen/${question!.id}`))?.status()).toBe(404);
    await author.goto("/redactie/vragen");
    await expect(author.getByRole("link", { name: "Algemene Vraagsteller" })).toHaveCount(0);

    // Capture the editor's "mark as spam" request, then replay it with the author's session.
    const editor = await pageAs(browser, "editor");
    await editor.goto(`/redactie/vragen/${question!.id}`);
    let captured: { headers: Record<string, string>; body: Buffer } | undefined;
    await editor.route(`**/redactie/vragen/${question!.id}`, async (route) => {
      if (route.request().method() === "POST") {
        captured = { headers: route.request().headers(), body: route.request().postDataBuffer()! };
        return route.abort();
      }
      return route.continue();
    });
    await editor.getByRole("button", { name: "Markeren als spam" }).click();
    await expect.poll(() => captured).toBeDefined();
    const cookies = (await author.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const replay = await playwright.request.newContext({ baseURL });
    const { "next-action": action, "content-type": type, origin } = captured!.headers;
    const response = await replay.post(`/redactie/vragen/${question!.id}`, { headers: { "next-action": action!, "content-type": type!, origin: origin!, cookie: cookies }, data: captured!.body });
    expect(await response.text()).toContain("niet aan u gericht");
    expect(questionsFrom(email)[0]!.status).toBe("new");
    await replay.dispose();
  });

  test("an editor answers a question; a year later retention deletes it, while open questions stay", async ({ browser, request }) => {
    const reader = await readerPage(browser);
    await reader.goto("/contact");
    const answeredEmail = uniqueEmail("beantwoord");
    await askQuestion(reader, { name: "Beantwoorde Lezer", email: answeredEmail, message: "Wordt dit bewaard?" });
    await expectSent(reader);
    await reader.goto("/contact");
    const openEmail = uniqueEmail("open");
    await askQuestion(reader, { name: "Open Lezer", email: openEmail, message: "Nog niet beantwoord." });
    await expectSent(reader);
    const [answered] = questionsFrom(answeredEmail);

    const editor = await pageAs(browser, "editor");
    await editor.goto(`/redactie/vragen/${answered!.id}`);
    await editor.getByLabel("Antwoord", { exact: true }).fill("Ja, een jaar lang.");
    await editor.getByLabel("Ook per e-mail naar de vraagsteller sturen").uncheck();
    await editor.getByRole("button", { name: "Antwoord opslaan" }).click();
    await expect(editor.getByText("De vraag is als beantwoord gemarkeerd.")).toBeVisible();
    await editor.reload();
    await expect(editor.locator(".history")).toContainText("Als beantwoord gemarkeerd.");

    await runJobsAt(request, new Date(Date.now() + 364 * 86_400_000));
    expect(questionsFrom(answeredEmail)).toHaveLength(1);
    await runJobsAt(request, new Date(Date.now() + 366 * 86_400_000));
    expect(questionsFrom(answeredEmail)).toHaveLength(0);
    expect(questionsFrom(openEmail)).toHaveLength(1);
  });

  test("looking up an address by GET neither shows nor logs anything", async ({ browser }) => {
    const editor = await pageAs(browser, "editor");
    const before = queryDatabase("select id from audit_events where action = 'privacy.searched'").length;
    await editor.goto(`/redactie/vragen/privacy?email=${encodeURIComponent("iemand@voorbeeld.nl")}`);
    await expect(editor.getByRole("region", { name: /Gevonden voor/ })).toHaveCount(0);
    expect(queryDatabase("select id from audit_events where action = 'privacy.searched'")).toHaveLength(before);
    const response = await editor.request.get(`/redactie/vragen/privacy/export?email=${encodeURIComponent("iemand@voorbeeld.nl")}`);
    expect(response.status()).toBe(405);
  });

  test("an editor finds, exports and erases everything stored for an e-mail address", async ({ browser }) => {
    const reader = await readerPage(browser);
    const email = uniqueEmail("wissen");
    await reader.goto("/contact");
    await askQuestion(reader, { name: "Wis Mij", email, message: "Graag alles wissen daarna." });
    await expectSent(reader);
    expect(questionsFrom(email)).toHaveLength(1);

    const editor = await pageAs(browser, "editor");
    await editor.goto("/redactie/vragen/privacy");
    await editor.getByLabel("E-mailadres").fill(email);
    await editor.getByRole("button", { name: "Zoeken" }).click();
    await expect(editor.getByRole("region", { name: `Gevonden voor ${email}` })).toContainText("1 vraag");
    const download = editor.waitForEvent("download");
    await editor.getByRole("button", { name: "Exporteren als JSON" }).click();
    const exported = JSON.parse(fs.readFileSync(await (await download).path(), "utf8"));
    expect(exported.questions[0]).toMatchObject({ email, message: "Graag alles wissen daarna." });
    expect(exported.questions[0]).not.toHaveProperty("ipHash");
    // The address is posted, never put in a URL where logs and browser history would keep it.
    expect(decodeURIComponent(editor.url())).not.toContain(email);

    await editor.getByRole("button", { name: `Alles van ${email} wissen` }).click();
    await expect(editor.getByRole("status")).toContainText("Gewist: 1 vraag");
    expect(questionsFrom(email)).toHaveLength(0);
    expect(queryDatabase("select id from outbox where \"to\" = ?", email)).toHaveLength(0);
    expect(queryDatabase<{ detail: string }>("select detail from audit_events where action like 'privacy.%'").map((r) => r.detail).join(" ")).not.toContain(email);
  });

  test("the navigation counts new questions", async ({ page }) => {
    await logIn(page, "editor");
    await expect(page.getByRole("navigation", { name: "Redactie" }).getByRole("link", { name: /^Vragen \d+ nieuw$/ })).toBeVisible();
  });
});
