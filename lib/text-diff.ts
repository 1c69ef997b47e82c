// A word-level diff for comparing two versions of a post: longest common subsequence over words, with the
// whitespace kept attached to the word before it so the pieces join back into the original texts.

export type DiffPart = { kind: "same" | "inserted" | "deleted"; text: string };

/** Words with their following whitespace; leading whitespace is its own piece. */
export function splitWords(text: string): string[] {
  return text.match(/^\s+|\S+\s*/g) ?? [];
}

// Beyond this many cells the table would cost too much memory; the rest is shown as one replacement.
const MAX_CELLS = 4_000_000;

/** The parts that turn `before` into `after`: unchanged, deleted and inserted runs of words, in reading order. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = splitWords(before);
  const b = splitWords(after);
  // Common words at both ends need no table (most edits change a small middle part).
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push("same", a.slice(0, start).join(""));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    push("deleted", midA.join(""));
    push("inserted", midB.join(""));
  } else {
    for (const part of lcsParts(midA, midB)) push(part.kind, part.text);
  }
  push("same", a.slice(endA).join(""));
  return parts;
}

/** Classic dynamic programming: lengths[i][j] is the LCS of a[i..] and b[j..]; then walk it from the start. */
function lcsParts(a: string[], b: string[]): DiffPart[] {
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push({ kind: "same", text: a[i]! });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lengths[i * width + j + 1]! >= lengths[(i + 1) * width + j]!)) {
      parts.push({ kind: "inserted", text: b[j]! });
      j++;
    } else {
      parts.push({ kind: "deleted", text: a[i]! });
      i++;
    }
  }
  // Deletions read best before the insertions that replace them.
  return orderDeletionsFirst(parts);
}

function orderDeletionsFirst(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let run: DiffPart[] = [];
  const flush = () => {
    out.push(...run.filter((p) => p.kind === "deleted"), ...run.filter((p) => p.kind === "inserted"));
    run = [];
  };
  for (const part of parts) {
    if (part.kind === "same") {
      flush();
      out.push(part);
    } else run.push(part);
  }
  flush();
  return out;
}

/** Whether two texts differ at all, as the diff sees them. */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((p) => p.kind !== "same");
}
