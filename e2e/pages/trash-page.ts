import { expect, type Locator, type Page } from "@playwright/test";

/** The trash ("Prullenbak") at /redactie/berichten/prullenbak, and the editor's button that fills it. */
export class TrashPage {
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.status = page.locator("main").getByRole("status").first();
  }

  async open() {
    await this.page.goto("/redactie/berichten/prullenbak");
    await expect(this.page.getByRole("heading", { level: 1, name: "Prullenbak" })).toBeVisible();
  }

  row = (title: string) => this.page.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: title, exact: true }) });

  /** From the post's editor page (a post just created there gets the button once its page is opened): "Naar de prullenbak". */
  async trashFromEditor(postId: number) {
    await this.page.goto(`/redactie/berichten/${postId}`);
    await this.page.getByRole("button", { name: "Naar de prullenbak" }).click();
  }

  async restore(title: string) {
    await this.row(title).getByRole("button", { name: `Terugzetten: ${title}` }).click();
    await expect(this.page).toHaveURL(/\/redactie\/berichten\/\d+$/);
  }
}
