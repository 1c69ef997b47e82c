import { renderToHTMLString } from "@tiptap/static-renderer/pm/html-string";
import { describe, expect, it } from "vitest";
import { contentExtensions } from "./extensions";
import { renderRichText } from "./render";
import { sanitizeRichText } from "./sanitize";

// The sanitiser is the second layer: these inputs never come out of the schema-checked renderer, so they are
// handed to the sanitiser directly, as HTML an attacker might smuggle past the first layer.
describe("the allow-list sanitiser", () => {
  it("removes script elements with their content", () => {
    expect(sanitizeRichText("<p>a</p><script>window.__xss = 1</script><p>b</p>")).toBe("<p>a</p><p>b</p>");
  });

  it("removes event-handler and style attributes from allowed elements", () => {
    expect(sanitizeRichText('<p onclick="window.__xss = 1" style="color: red">a</p>')).toBe("<p>a</p>");
    expect(sanitizeRichText('<img src="https://example.org/a.webp" alt="x" onerror="window.__xss = 1">')).not.toMatch(/onerror/i);
  });

  it("drops elements that are not on the list, keeping only their text", () => {
    expect(sanitizeRichText('<svg onload="window.__xss = 1"><circle /></svg><iframe src="https://evil.example"></iframe><p>a</p>')).toBe("<p>a</p>");
    expect(sanitizeRichText("<div><span>tekst</span></div>")).toBe("tekst");
  });

  it("removes javascript:, data: and protocol-relative link targets, in any spelling", () => {
    for (const href of ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "//evil.example/x"]) {
      const html = sanitizeRichText(`<a href="${href}">x</a>`);
      expect(html, href).toBe('<a rel="noopener noreferrer">x</a>');
    }
  });

  it("loads images only over https", () => {
    expect(sanitizeRichText('<img src="http://example.org/a.png" alt="x">')).not.toContain("src=");
    expect(sanitizeRichText('<img src="data:image/png;base64,AAAA" alt="x">')).not.toContain("src=");
  });

  it("keeps what is allowed, and sets rel on links and lazy loading on images", () => {
    expect(sanitizeRichText('<p><a href="https://example.org" target="_blank">x</a></p>')).toBe('<p><a href="https://example.org" rel="noopener noreferrer">x</a></p>');
    expect(sanitizeRichText('<img src="https://example.org/a.webp" alt="Foto">')).toBe('<img src="https://example.org/a.webp" alt="Foto" loading="lazy" decoding="async" />');
  });

  it("keeps escaped text escaped, so a closing script tag in text cannot break out", () => {
    expect(sanitizeRichText("<p>&lt;/script&gt;&lt;script&gt;window.__xss = 1&lt;/script&gt;</p>")).toBe("<p>&lt;/script&gt;&lt;script&gt;window.__xss = 1&lt;/script&gt;</p>");
  });
});

describe("the renderer's output", () => {
  const doc = {
    type: "doc",
    content: [
      { type: "image", attrs: { src: "/media/0123456789abcdef01234567/640.webp", alt: "Een foto" } },
      { type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [{ type: "paragraph", content: [{ type: "text", text: "cel" }] }] }] }] },
    ],
  };

  it("passes through the sanitiser: what the static renderer adds and the list forbids is gone", () => {
    const raw = renderToHTMLString({ content: doc, extensions: contentExtensions });
    // Without the sanitiser the table would keep the renderer's inline styles and images would load eagerly.
    expect(raw).toContain('style="min-width: 25px"');
    expect(raw).not.toContain('loading="lazy"');
    const html = renderRichText(doc);
    expect(html).not.toContain("style=");
    expect(html).toContain('<img src="/media/0123456789abcdef01234567/640.webp" alt="Een foto" loading="lazy" decoding="async" />');
    expect(html).toBe(sanitizeRichText(raw));
  });
});
