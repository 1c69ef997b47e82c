import { expect, type Locator, type Page } from "@playwright/test";

export class PostEditor {
  readonly body: Locator;
  readonly toolbar: Locator;
  readonly saveState: Locator;
  readonly message: Locator;

  constructor(readonly page: Page) {
    this.body = page.locator(".ProseMirror");
    this.toolbar = page.getByRole("toolbar", { name: "Opmaak" });
    this.saveState = page.locator(".save-indicator");
    this.message = page.locator(".post-form").locator(".form-summary");
  }

  async openNew() {
    await this.page.goto("/redactie/berichten/nieuw");
    await expect(this.body).toBeVisible();
  }

  async open(id: number) {
    await this.page.goto(`/redactie/berichten/${id}`);
    await expect(this.body).toBeVisible();
  }

  title = () => this.page.getByLabel("Titel", { exact: true });
  slug = () => this.page.getByLabel("Korte URL");
  lead = () => this.page.getByLabel("Intro");

  async tool(label: string) {
    await this.toolbar.getByRole("button", { name: label, exact: true }).click();
  }

  async choosePerson(comboboxLabel: string, name: string) {
    const box = this.page.getByRole("combobox", { name: comboboxLabel });
    await box.fill(name.split(" ")[0]!);
    await this.page.getByRole("option", { name: new RegExp(`^${name}`) }).click();
  }

  /** Clicks a workflow button and waits for the server's answer. */
  async submit(button: string) {
    await this.page.getByRole("button", { name: button, exact: true }).click();
    await expect(this.saveState).not.toHaveText("Bezig met opslaan…");
  }

  /** The post's id, once the first save gave it an address. */
  async id(): Promise<number> {
    await expect(this.page).toHaveURL(/\/redactie\/berichten\/\d+$/);
    return Number(this.page.url().split("/").pop());
  }
}
