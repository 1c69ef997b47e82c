const list = new Intl.ListFormat("nl", { style: "long", type: "conjunction" });

/** "Mede geschreven door A, B en C." or null when nobody co-wrote the post. */
export function coauthorLine(names: readonly string[]): string | null {
  const clean = names.map((n) => n.trim()).filter(Boolean);
  if (clean.length === 0) return null;
  return `Mede geschreven door ${list.format(clean)}.`;
}
