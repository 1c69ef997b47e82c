import { expect, test } from "@playwright/test";
import { PostEditor } from "./pages/post-editor";
import { pageAs } from "./support/accounts";
import { queryDatabase } from "./support/database";

test.describe("the staff directory", () => {
  test("an editor adds a colleague, who can then be chosen as contact person", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    await page.goto("/redactie/medewerkers/nieuw");
    await page.getByLabel("Naam").fill("Merel Nieuwenhuis");
    await page.getByLabel("Functie").fill("Beleidsmedewerker Europese fondsen");
    await page.getByLabel("E-mailadres").fill("niet-geldig");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.locator("#veld-email-fout")).toContainText("Vul een geldig e-mailadres in.");
    await expect(page.getByLabel("Functie")).toHaveValue("Beleidsmedewerker Europese fondsen");
    await page.getByLabel("E-mailadres").fill("merel@example.org");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("status")).toHaveText("De medewerker is aangemaakt.");

    const editor = new PostEditor(page);
    await editor.openNew();
    await editor.choosePerson("Contactpersoon zoeken", "Merel Nieuwenhuis");
    await expect(page.locator(".chosen-person")).toContainText("Merel Nieuwenhuis · Beleidsmedewerker Europese fondsen");
  });

  test("a person named on posts cannot be deleted, only made inactive", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    const { id } = queryDatabase<{ id: number }>("select id from people where slug = 'joris-van-dam'")[0]!;
    await page.goto(`/redactie/medewerkers/${id}`);
    await expect(page.getByRole("button", { name: /verwijderen$/ })).toHaveCount(0);
    await expect(page.getByText("kan daarom niet worden verwijderd")).toBeVisible();
  });

  test("an unreferenced person can be deleted", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    await page.goto("/redactie/medewerkers/nieuw");
    await page.getByLabel("Naam").fill("Tijdelijke Invaller");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("button", { name: "Tijdelijke Invaller verwijderen" }).click();
    await expect(page.getByRole("status")).toHaveText("De medewerker is verwijderd.");
    expect(queryDatabase("select id from people where name = 'Tijdelijke Invaller'")).toHaveLength(0);
  });
});
