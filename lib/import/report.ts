// What an import did and what a person should look at afterwards. Printed by the CLI and written with --report.

export type ReportTopic =
  | "unknown-markup"
  | "shortcode"
  | "formatting"
  | "unsafe-link"
  | "missing-image"
  | "image-refused"
  | "alt-missing"
  | "nested-table"
  | "invalid-text"
  | "unmapped-category"
  | "no-section"
  | "author-created"
  | "status"
  | "skipped"
  | "slug"
  | "truncated"
  | "edited-here"
  | "old-url";

/** `look`: needs a person's eye. `info`: done as documented, listed for the record. */
export type ReportLine = { level: "look" | "info"; topic: ReportTopic; item: string | null; message: string };

export type Counts = { created: number; updated: number; unchanged: number; skipped: number };

export type ImportReport = {
  format: string;
  source: string;
  dryRun: boolean;
  posts: Counts;
  people: { created: number; matched: number };
  media: { created: number; reused: number };
  lines: ReportLine[];
};

export function emptyCounts(): Counts {
  return { created: 0, updated: 0, unchanged: 0, skipped: 0 };
}

export class ReportLines {
  readonly lines: ReportLine[] = [];
  private readonly seen = new Set<string>();

  /** Adds a line once: the same finding in the same item is listed once. */
  add(level: ReportLine["level"], topic: ReportTopic, item: string | null, message: string): void {
    const key = `${topic}\u0000${item}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.lines.push({ level, topic, item, message });
  }

  look(topic: ReportTopic, item: string | null, message: string): void {
    this.add("look", topic, item, message);
  }

  info(topic: ReportTopic, item: string | null, message: string): void {
    this.add("info", topic, item, message);
  }
}

const counts = (c: Counts) => `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.skipped} skipped`;

/** Plain text: a summary, then the items that need a look, then the rest. */
export function formatReport(report: ImportReport): string {
  const out: string[] = [];
  out.push(`${report.dryRun ? "DRY RUN (nothing was changed): " : ""}import of ${report.format} archive ${report.source}`);
  out.push(`Posts: ${counts(report.posts)}`);
  out.push(`People: ${report.people.created} created, ${report.people.matched} matched in the staff directory`);
  out.push(`Images: ${report.media.created} added to the media library, ${report.media.reused} already there`);
  const look = report.lines.filter((l) => l.level === "look");
  const info = report.lines.filter((l) => l.level === "info");
  const line = (l: ReportLine) => `- [${l.topic}] ${l.item ? `${l.item}: ` : ""}${l.message}`;
  out.push("", `Needs a person's eye (${look.length}):`, ...(look.length ? look.map(line) : ["- nothing"]));
  if (info.length) out.push("", `For the record (${info.length}):`, ...info.map(line));
  return `${out.join("\n")}\n`;
}
