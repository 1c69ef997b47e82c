// Cleans HTML pasted from Word or Google Docs before Tiptap parses it (cleanPastedHtml: browser only, uses DOMParser).
// The schema already drops colours, fonts and unknown tags; this fixes what it would misread.

const BULLET = /^\s*([·•▪◦o§\-–*]|\d+[.)]|[a-z][.)])\s+/i;

/** Word writes list items as paragraphs with mso-list styles; turn runs of them into real lists. */
function convertWordLists(doc: Document): void {
  const items = Array.from(doc.querySelectorAll("p")).filter((p) => /mso-list/i.test(p.getAttribute("style") ?? "") || /MsoListParagraph/i.test(p.className));
  let list: HTMLElement | null = null;
  for (const p of items) {
    // Word puts the bullet or number in a span marked mso-list:Ignore.
    const marker = p.querySelector('span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]');
    const markerText = marker?.textContent ?? p.textContent?.match(BULLET)?.[0] ?? "";
    marker?.remove();
    const ordered = /\d|^[a-z][.)]/i.test(markerText.trim());
    const previous = p.previousElementSibling;
    if (!list || previous !== list || (list.tagName === "OL") !== ordered) {
      list = doc.createElement(ordered ? "ol" : "ul");
      p.before(list);
    }
    const li = doc.createElement("li");
    li.innerHTML = p.innerHTML.replace(BULLET, "");
    list.append(li);
    p.remove();
  }
}

export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  cleanPastedDocument(doc);
  return doc.body.innerHTML;
}

/** The same on a parsed document; also used by the archive import (lib/import) with a server-side DOM. */
export function cleanPastedDocument(doc: Document): void {
  doc.querySelectorAll("style, script, meta, link, title, xml").forEach((el) => el.remove());
  // Word's empty <o:p> paragraphs; by tag name, since not every selector engine accepts the escaped colon.
  Array.from(doc.getElementsByTagName("o:p")).forEach((el) => el.remove());
  convertWordLists(doc);
  // The editor knows h2 and h3: a pasted h1 becomes h2, h4 to h6 become h3.
  doc.querySelectorAll("h1, h4, h5, h6").forEach((h) => {
    const replacement = doc.createElement(h.tagName === "H1" ? "h2" : "h3");
    replacement.innerHTML = h.innerHTML;
    h.replaceWith(replacement);
  });
}
