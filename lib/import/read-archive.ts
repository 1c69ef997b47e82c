// Reads an export file within a size limit and hands it to the reader of its format. Every refusal is an
// ImportFileError with an English message for the command line; nothing has been changed at that point.
import fs from "node:fs/promises";
import { parseGhost } from "./ghost";
import { ImportFileError, type ImportArchive } from "./types";
import { parseWordPress } from "./wordpress";

/** Larger exports are split (WordPress exports per period; Ghost per date range via its API) and imported in parts. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export type ArchiveFormat = "wordpress" | "ghost";

const megabytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`);

export async function readArchive({ file, format, source, maxBytes = MAX_IMPORT_BYTES }: { file: string; format: ArchiveFormat; source?: string; maxBytes?: number }): Promise<ImportArchive> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw new ImportFileError(`No such file: ${file}`);
  if (stat.size === 0) throw new ImportFileError(`${file} is empty. Nothing was imported.`);
  if (stat.size > maxBytes) {
    throw new ImportFileError(`${file} is ${megabytes(stat.size)}; the import reads at most ${megabytes(maxBytes)} at once. Export the archive in parts (for example per year) and import each. Nothing was imported.`);
  }
  const content = (await fs.readFile(file, "utf8")).replace(/^\uFEFF/, "");
  const first = content.trimStart()[0];
  if (format === "wordpress" && first === "{") throw new ImportFileError(`${file} looks like JSON, not a WordPress export (XML). For a Ghost export use --ghost. Nothing was imported.`);
  if (format === "ghost" && first === "<") throw new ImportFileError(`${file} looks like XML, not a Ghost export (JSON). For a WordPress export use --wordpress. Nothing was imported.`);
  return format === "wordpress" ? parseWordPress(content) : parseGhost(content, { source });
}
