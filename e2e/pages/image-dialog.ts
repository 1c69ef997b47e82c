import { expect, type Locator, type Page } from "@playwright/test";
import type { PostEditor } from "./post-editor";

export type TestFile = { name: string; mimeType: string; buffer: Buffer };

/** The editor's "Afbeelding invoegen" dialog, and the ways a file reaches it: the toolbar, a drop, a paste. */
export class ImageDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole("dialog", { name: "Afbeelding invoegen" });
  }

  alt = () => this.dialog.getByLabel("Alt-tekst (verplicht)");
  caption = () => this.dialog.getByLabel("Bijschrift (niet verplicht)");
  fileError = () => this.dialog.locator("#image-file-fout");
  altError = () => this.dialog.locator("#image-alt-fout");

  /** Drops a file in the middle of the editor's text, as a person dragging it from their desktop would. */
  async drop(editor: PostEditor, file: TestFile) {
    const box = (await editor.body.boundingBox())!;
    const dataTransfer = await this.page.evaluateHandle(transferOf, { base64: file.buffer.toString("base64"), name: file.name, type: file.mimeType });
    await editor.body.dispatchEvent("drop", { dataTransfer, clientX: box.x + box.width / 2, clientY: box.y + Math.min(20, box.height / 2) });
    await expect(this.dialog).toBeVisible();
  }

  /** Pastes a file (a copied image) into the editor. */
  async paste(editor: PostEditor, file: TestFile) {
    await editor.body.evaluate((el, f) => {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], f.name, { type: f.type }));
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, { base64: file.buffer.toString("base64"), name: file.name, type: file.mimeType });
    await expect(this.dialog).toBeVisible();
  }

  /** Fills the alt text (and caption) and uploads. */
  async upload(alt: string, caption = "") {
    await this.alt().fill(alt);
    if (caption) await this.caption().fill(caption);
    await this.dialog.getByRole("button", { name: "Uploaden en invoegen" }).click();
  }
}

/** Runs in the page: a DataTransfer holding one file. */
function transferOf(f: { base64: string; name: string; type: string }) {
  const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
  const data = new DataTransfer();
  data.items.add(new File([bytes], f.name, { type: f.type }));
  return data;
}

/** Pastes HTML into the editor, as copying from another web page does. */
export async function pasteHtml(editor: PostEditor, html: string) {
  await editor.body.evaluate((el, h) => {
    const data = new DataTransfer();
    data.setData("text/html", h);
    data.setData("text/plain", "");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}
