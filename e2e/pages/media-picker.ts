import { expect, type Page } from "@playwright/test";

/** The media library picker: in the image dialog, or in the dialog of a field such as "Foto". */
export class MediaPicker {
  constructor(readonly page: Page) {}

  readonly search = () => this.page.getByRole("searchbox", { name: "Zoek in de mediabibliotheek" });
  readonly list = () => this.page.getByRole("listbox", { name: "Afbeeldingen" });
  readonly option = (text: string) => this.list().getByRole("option").filter({ hasText: text });

  /** Searches for `query` and chooses the image whose alt text contains `text` (default: the query). */
  async pick(query: string, text = query) {
    await this.search().fill(query);
    await expect(this.option(text)).toHaveCount(1);
    await this.option(text).click();
  }

  /** Opens the picker of a form field ("Foto", "Uitgelichte afbeelding") and chooses an image. */
  async chooseFor(field: string, query: string, text = query) {
    await this.page.getByRole("button", { name: new RegExp(`afbeelding kiezen \\(${field}\\)$`, "i") }).click();
    await this.pick(query, text);
    await expect(this.page.getByRole("group", { name: field })).toContainText(text);
  }
}
