// Turns whatever a reader types into a safe FTS5 query: words only (no operators, quotes or columns), each quoted,
// all required, the last one as a prefix so results appear while typing.
const MAX_WORDS = 8;

export function toFtsQuery(input: string): string | null {
  const words = input.normalize("NFKC").slice(0, 300).match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_WORDS) ?? [];
  if (words.length === 0) return null;
  return words.map((word, i) => `"${word}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}

/** FTS5 snippets come with sentinel characters around matches; escape the text, then mark the matches. */
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

export function snippetToHtml(snippet: string): string {
  const escaped = snippet.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return escaped.replaceAll(MARK_START, "<mark>").replaceAll(MARK_END, "</mark>");
}
