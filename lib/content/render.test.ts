import { describe, expect, it } from "vitest";
import { parseDocument } from "./document";
import { renderRichText } from "./render";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const link = (href: string) => ({ type: "link", attrs: { href } });

describe("rendering rich text", () => {
  it("renders paragraphs, headings, marks, lists and links", () => {
    const html = renderRichText(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("Kop")] },
        p(text("vet", [{ type: "bold" }]), text(" en "), text("schuin", [{ type: "italic" }])),
        { type: "bulletList", content: [{ type: "listItem", content: [p(text("punt"))] }] },
        p(text("link", [link("https://example.org/a")])),
      ),
    );
    expect(html).toContain("<h2>Kop</h2>");
    expect(html).toContain("<strong>vet</strong>");
    expect(html).toContain("<em>schuin</em>");
    expect(html).toContain("<ul><li><p>punt</p></li></ul>");
    expect(html).toContain('<a rel="noopener noreferrer" href="https://example.org/a">link</a>');
  });

  it("escapes text, so typed markup stays text", () => {
    const html = renderRichText(doc(p(text('<script>alert(1)</script><img src=x onerror="alert(1)">'))));
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("refuses javascript: and data: links", () => {
    for (const href of ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x"]) {
      expect(parseDocument(doc(p(text("x", [link(href)])))).ok).toBe(false);
      // Refused by the schema before sanitising, so nothing at all is rendered (the sanitiser's own handling of
      // such links is tested in sanitize.test.ts).
      expect(renderRichText(doc(p(text("x", [link(href)]))))).toBe("");
    }
  });

  it("allows mailto links", () => {
    expect(renderRichText(doc(p(text("mail", [link("mailto:info@example.org")]))))).toContain('href="mailto:info@example.org"');
  });

  it("drops event-handler attributes and other attributes the schema does not know", () => {
    const parsed = parseDocument(doc({ type: "paragraph", attrs: { onclick: "alert(1)", style: "x" }, content: [text("a")] }));
    expect(parsed.ok).toBe(true);
    const html = renderRichText(doc({ type: "paragraph", attrs: { onclick: "alert(1)" }, content: [text("a")] }));
    expect(html).toBe("<p>a</p>");
  });

  it("rejects unknown node types and raw HTML nodes", () => {
    expect(parseDocument(doc({ type: "html", attrs: { html: "<script>x</script>" } })).ok).toBe(false);
    expect(parseDocument(doc({ type: "iframe", attrs: { src: "https://evil.example" } })).ok).toBe(false);
    expect(renderRichText(doc({ type: "script", content: [text("alert(1)")] }))).toBe("");
  });

  it("rejects images without alt text or with an unsafe source", () => {
    expect(parseDocument(doc({ type: "image", attrs: { src: "/media/0123456789abcdef01234567/640.webp", alt: "" } })).ok).toBe(false);
    expect(parseDocument(doc({ type: "image", attrs: { src: "javascript:alert(1)", alt: "x" } })).ok).toBe(false);
    const ok = renderRichText(doc({ type: "image", attrs: { src: "/media/0123456789abcdef01234567/640.webp", alt: "Een foto" } }));
    expect(ok).toContain('alt="Een foto"');
  });

  it("renders a YouTube video as a privacy-friendly link, not an iframe", () => {
    const html = renderRichText(doc({ type: "youtube", attrs: { src: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" } }));
    expect(html).not.toContain("<iframe");
    expect(html).toContain("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
  });

  it("rejects input that is not a document at all", () => {
    expect(parseDocument("not json").ok).toBe(false);
    expect(parseDocument({ type: "paragraph" }).ok).toBe(false);
    expect(renderRichText(null)).toBe("");
  });
});

describe("figures", () => {
  it("render an image with its caption", () => {
    const html = renderRichText(doc({ type: "image", attrs: { src: "/media/0123456789abcdef01234567/1280.webp", alt: "Een zaal", caption: "Foto: <b>archief</b>" } }));
    expect(html).toContain('<figure><img src="/media/0123456789abcdef01234567/1280.webp" alt="Een zaal"');
    expect(html).toContain("<figcaption>Foto: &lt;b&gt;archief&lt;/b&gt;</figcaption></figure>");
  });
});

describe("hostile documents", () => {
  it("refuses deep nesting without overflowing the stack", () => {
    let node: Record<string, unknown> = { type: "text", text: "x" };
    for (let i = 0; i < 50_000; i++) node = { type: "blockquote", content: [node] };
    expect(parseDocument({ type: "doc", content: [node] })).toEqual({ ok: false, error: "De tekst is te diep genest." });
  });
});
