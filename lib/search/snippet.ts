// Search snippets made in JavaScript from the indexed text: FTS5's snippet() re-tokenises whole bodies. Matching
// folds case and accents like the index does, with native string operations only (a body is ~7,000 characters).

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Lower case without accents; null when that would change the length (then positions would not line up). */
function fold(text: string): string | null {
  const folded = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return folded.length === text.length ? folded : null;
}

function wordsOf(query: string): string[] {
  return (query.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** [start, end) of each whole word in `folded` that matches; the last query word also matches as a prefix. */
function matches(folded: string, words: string[]): [number, number][] {
  if (words.length === 0) return [];
  const last = words.length - 1;
  const alternatives = words.map((w, i) => (i === last ? `${escapeRegExp(w)}[\\p{L}\\p{N}]*` : `${escapeRegExp(w)}(?![\\p{L}\\p{N}])`));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})`, "gu");
  return Array.from(folded.matchAll(pattern), (m) => [m.index, m.index + m[0].length] as [number, number]);
}

/** An escaped excerpt around the first match in the first text that has one, with the matches in <mark>. */
export function makeSnippet(texts: string[], query: string, size = 220): string {
  const words = wordsOf(query);
  for (const raw of texts) {
    const text = raw.normalize("NFC");
    const folded = fold(text);
    const found = folded ? matches(folded, words) : [];
    if (found.length === 0) continue;
    let start = Math.max(0, found[0]![0] - Math.floor(size / 3));
    while (start > 0 && text[start - 1] !== " ") start--;
    let end = Math.min(text.length, start + size);
    while (end < text.length && text[end] !== " ") end++;
    let html = start > 0 ? "…" : "";
    let at = start;
    for (const [s, e] of found) {
      if (s < start || e > end) continue;
      html += escape(text.slice(at, s)) + `<mark>${escape(text.slice(s, e))}</mark>`;
      at = e;
    }
    return html + escape(text.slice(at, end)) + (end < text.length ? "…" : "");
  }
  const first = texts[0] ?? "";
  return escape(first.slice(0, size)) + (first.length > size ? "…" : "");
}
