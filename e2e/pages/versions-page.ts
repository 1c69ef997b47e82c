import { expect, type Locator, type Page } from "@playwright/test";

/** The versions of a post: list, comparison and the restore confirmation. */
export class VersionsPage {
  readonly comparison: Locator;

  constructor(readonly page: Page) {
    this.comparison = page.getByRole("region", { name: /^Verschillen tussen versie/ });
  }

  async open(postId: number) {
    await this.page.goto(`/redactie/berichten/${postId}/versies`);
    await expect(this.page.getByRole("heading", { level: 1, name: /^Versies van/ })).toBeVisible();
  }

  async compare(older: number, newer: number) {
    await this.page.getByLabel("Oudere versie").selectOption({ label: `Versie ${older}` });
    await this.page.getByLabel("Nieuwere versie").selectOption({ label: `Versie ${newer}` });
    await this.page.getByRole("button", { name: "Vergelijken" }).click();
    await expect(this.comparison).toBeVisible();
  }

  /** The diff of one field ("Titel", "Intro", "Tekst"). */
  field = (label: string) => this.comparison.locator(".field").filter({ has: this.page.getByRole("heading", { name: label, exact: true }) });
}
