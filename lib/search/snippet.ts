// Search snippets made in JavaScript from the indexed text: FTS5's snippet() re-tokenises whole bodies and cost
// ~1 ms per hit, this costs microseconds. Matching folds case and accents like the index does.

const fold = (text: string) => Array.from(text, (c) => c.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().charAt(0) || c).join("");
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Where the words occur: [start, end) ranges in `text`, whole words, the last word also as a prefix. */
function matches(text: string, words: string[]): [number, number][] {
  const chars = Array.from(text);
  const folded = fold(text);
  const foldedChars = Array.from(folded);
  const ranges: [number, number][] = [];
  for (let i = 0; i < foldedChars.length; i++) {
    if (isWordChar(foldedChars[i - 1])) continue;
    let end = i;
    while (end < foldedChars.length && isWordChar(foldedChars[end])) end++;
    const word = foldedChars.slice(i, end).join("");
    if (words.some((w, n) => (n === words.length - 1 ? word.startsWith(w) : word === w))) ranges.push([i, end]);
    i = end;
  }
  return chars.length === foldedChars.length ? ranges : [];
}

/** An escaped excerpt around the first match in the first text that has one, with the matches in <mark>. */
export function makeSnippet(texts: string[], query: string, size = 220): string {
  const words = Array.from(fold(query).matchAll(/[\p{L}\p{N}]+/gu), (m) => m[0]);
  for (const text of texts) {
    const found = matches(text, words);
    if (found.length === 0) continue;
    const chars = Array.from(text);
    let start = Math.max(0, found[0]![0] - Math.floor(size / 3));
    while (start > 0 && chars[start - 1] !== " ") start--;
    let end = Math.min(chars.length, start + size);
    while (end < chars.length && chars[end] !== " ") end++;
    let html = start > 0 ? "…" : "";
    let at = start;
    for (const [s, e] of found) {
      if (s < start || e > end) continue;
      html += escape(chars.slice(at, s).join("")) + `<mark>${escape(chars.slice(s, e).join(""))}</mark>`;
      at = e;
    }
    return html + escape(chars.slice(at, end).join("")) + (end < chars.length ? "…" : "");
  }
  const first = texts[0] ?? "";
  return escape(first.slice(0, size)) + (first.length > size ? "…" : "");
}
