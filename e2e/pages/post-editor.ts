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

  /** The status line's status ("Concept", "Gepubliceerd" ...). */
  status = () => this.page.locator(".post-form__status strong");

  /**
   * Publishes and waits until the status line says so. (When an autosave gave a new post its address, publishing
   * refreshes the page under that address, so the editor's success message may not stay.)
   */
  async publish() {
    await this.submit("Publiceren");
    await expect(this.status()).toHaveText("Gepubliceerd");
  }

  /** Clicks a workflow button and waits for the server's answer. */
  async submit(button: string) {
    await this.page.getByRole("button", { name: button, exact: true }).click();
    await expect(this.saveState).not.toHaveText("Bezig met opslaan…");
  }

  /** A new post with everything the publish checklist asks for, not yet saved. */
  async writeComplete(title: string, { lead = `De intro van ${title}.`, text = "Een alinea tekst.", section = "Innovatie", contact = "Fatima El Amrani" } = {}) {
    await this.openNew();
    await this.title().fill(title);
    await this.lead().fill(lead);
    await this.page.getByLabel("Rubriek").selectOption({ label: section });
    await this.body.click();
    await this.page.keyboard.type(text);
    await this.choosePerson("Contactpersoon zoeken", contact);
    return this;
  }

  publicationDate = () => this.page.getByLabel("Publicatiedatum");
  markRevised = () => this.page.getByLabel("Toon als bijgewerkt");
  /** The error shown next to a field, by the field's id (`veld-<name>`). */
  fieldError = (fieldId: string) => this.page.locator(`#${fieldId}-fout`);

  /** The rail editor's row `n` (1-based), added first. */
  async addRailItem(n: number): Promise<Locator> {
    await this.page.getByRole("button", { name: "Item toevoegen" }).click();
    return this.railItem(n);
  }

  railItem = (n: number) => this.page.getByRole("group", { name: `Item ${n}`, exact: true });

  /** A published post of its own, with its public path. */
  async publishNew(title: string, options?: { lead?: string; text?: string }) {
    await this.writeComplete(title, options);
    await this.publish();
    const link = this.page.getByRole("link", { name: "Bekijk op de site" });
    await expect(link).toBeVisible();
    return { id: await this.id(), path: (await link.getAttribute("href"))! };
  }

  /** The status line while a published post has saved edits that readers do not see yet. */
  pendingState = () => this.saveState.filter({ hasText: /^Wijzigingen nog niet gepubliceerd – opgeslagen om \d{2}:\d{2}$/ });

  wordCount = () => this.page.locator(".editor-count");

  /**
   * Answers the next browser dialog (confirm), and tells what it asked. Register before the click that opens it.
   */
  answerNextDialog(accept: boolean): Promise<string> {
    return new Promise((resolve) => {
      this.page.once("dialog", (dialog) => {
        const message = dialog.message();
        void (accept ? dialog.accept() : dialog.dismiss()).then(() => resolve(message));
      });
    });
  }

  /** The post's id, once the first save gave it an address. */
  async id(): Promise<number> {
    await expect(this.page).toHaveURL(/\/redactie\/berichten\/\d+$/);
    return Number(this.page.url().split("/").pop());
  }
}
