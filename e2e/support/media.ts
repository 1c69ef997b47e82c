import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const fixture = (name: string) => path.join(import.meta.dirname, "..", "fixtures", name);

/** Uploads the landscape fixture with the given alt text through the media page. */
export async function uploadImage(page: Page, alt: string) {
  await page.goto("/redactie/media");
  await page.getByLabel("Afbeelding", { exact: true }).setInputFiles(fixture("landscape.png"));
  await page.getByLabel("Alt-tekst", { exact: true }).fill(alt);
  await page.getByRole("button", { name: "Uploaden" }).click();
  await expect(page.getByRole("status")).toHaveText(`Afbeelding “${alt}” is toegevoegd.`);
}
