// The subscriber list as CSV (admins' export) and the import's reading of one. Pure, so it is unit-tested.
import { z } from "@/lib/zod";
import { emailAddress } from "@/lib/validation/text-fields";

/** One cell: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** Splits CSV text into rows of cells (RFC 4180 quoting; a comma or semicolon separates, as Excel writes it). */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, "");
  const firstLine = source.split(/\r?\n/, 1)[0] ?? "";
  const separator = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let value = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(value);
      value = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && source[i + 1] === "\n") i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = "";
    } else value += c;
  }
  if (value !== "" || row.length) rows.push([...row, value]);
  return rows;
}

export type ImportRow = { email: string; sectionIds: number[] };
export type ImportProblem = { line: number; message: string };

const email = emailAddress();

/**
 * Reads an import file: one address per line in the first column, optionally the section slugs (separated by
 * spaces or "|") in the second; a first line naming the columns is skipped. Every bad line is reported with its
 * number; the caller imports nothing when there is one.
 */
export function readImport(text: string, sections: { id: number; slug: string }[]): { rows: ImportRow[]; problems: ImportProblem[] } {
  const bySlug = new Map(sections.map((s) => [s.slug, s.id]));
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  parseCsv(text).forEach((cells, index) => {
    const line = index + 1;
    const [first = "", second = ""] = cells.map((c) => c.trim());
    if (cells.every((c) => c.trim() === "")) return;
    if (index === 0 && /^(e-?mail(adres)?|email address)$/i.test(first)) return;
    const parsed = email.safeParse(first);
    if (!parsed.success) return problems.push({ line, message: `Regel ${line}: "${first.slice(0, 60)}" is geen geldig e-mailadres.` });
    if (seen.has(parsed.data)) return problems.push({ line, message: `Regel ${line}: ${parsed.data} staat al eerder in het bestand.` });
    seen.add(parsed.data);
    const slugs = second.split(/[\s|]+/).filter(Boolean);
    const unknown = slugs.filter((s) => !bySlug.has(s));
    if (unknown.length) return problems.push({ line, message: `Regel ${line}: onbekende rubriek ${unknown.map((s) => `"${s.slice(0, 40)}"`).join(", ")}.` });
    rows.push({ email: parsed.data, sectionIds: slugs.map((s) => bySlug.get(s)!) });
  });
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 0, message: "Het bestand bevat geen e-mailadressen." });
  return { rows, problems };
}

export const importSchema = z.object({
  consentSource: z
    .string()
    .trim()
    .min(1, "Vul in waar de toestemming van deze abonnees vandaan komt.")
    .max(200, "De bron van toestemming mag hoogstens 200 tekens lang zijn.")
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "De bron van toestemming moet op één regel staan."),
});
