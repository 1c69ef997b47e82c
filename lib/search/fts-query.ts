// Turns whatever a reader types into a safe FTS5 query: words only (no operators, quotes or columns), each quoted,
// all required, the last one as a prefix so results appear while typing.
const MAX_WORDS = 8;

function phrases(input: string): string[] {
  const words = input.normalize("NFKC").slice(0, 300).match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_WORDS) ?? [];
  return words.map((word, i) => `"${word}"${i === words.length - 1 ? "*" : ""}`);
}

export function toFtsQuery(input: string): string | null {
  const p = phrases(input);
  return p.length ? p.join(" ") : null;
}

/** The same words, all in the title: the matches that rank first. */
export function toTitleQuery(input: string): string | null {
  const p = phrases(input);
  return p.length ? p.map((phrase) => `title : ${phrase}`).join(" AND ") : null;
}
