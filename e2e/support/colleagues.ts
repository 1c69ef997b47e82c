import crypto from "node:crypto";
import { expect, type Browser } from "@playwright/test";
import { pageAs } from "./accounts";
import { queryDatabase } from "./database";

/** A new colleague in the staff directory with an e-mail address and no login, added by an editor (whose page is returned). */
export async function colleagueWithoutAccount(browser: Browser) {
  const token = crypto.randomBytes(3).toString("hex");
  const name = `Collega Zonderaccount ${token}`;
  const email = `collega-${token}@kantoor.example`;
  const editor = await pageAs(browser, "editor");
  await editor.goto("/redactie/medewerkers/nieuw");
  await editor.getByLabel("Naam").fill(name);
  await editor.getByLabel("Functie").fill("Beleidsmedewerker");
  await editor.getByLabel("E-mailadres").fill(email);
  await editor.getByRole("button", { name: "Opslaan" }).click();
  await expect(editor.getByRole("status")).toHaveText("De medewerker is aangemaakt.");
  const id = Number(new URL(editor.url()).pathname.split("/").pop());
  const { slug, user_id } = queryDatabase<{ slug: string; user_id: number | null }>("select slug, user_id from people where id = ?", id)[0]!;
  expect(user_id).toBeNull();
  return { id, slug, email, name, editor };
}
