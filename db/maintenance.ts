// Operations on the SQLite file as a whole, for backups, restores and the health check: a consistent copy of a
// live database, its integrity, and which migration it was left at. Not queries of the app's data.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type SchemaVersion = {
  /** How many migrations the database has had. */
  applied: number;
  /** The tag of the last one (drizzle/meta/_journal.json), or null when this code does not know it. */
  latest: string | null;
  /** When the last one was generated (drizzle's own key for it), or null before any migration. */
  latestAt: number | null;
};

type JournalEntry = { tag: string; when: number };

/** The migrations this code carries, oldest first. */
export function knownMigrations(): JournalEntry[] {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "drizzle", "meta", "_journal.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { entries: JournalEntry[] }).entries;
}

export function schemaVersionOf(sqlite: Database.Database): SchemaVersion {
  const table = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  if (!table) return { applied: 0, latest: null, latestAt: null };
  const row = sqlite.prepare("select count(*) as applied, max(created_at) as latestAt from __drizzle_migrations").get() as { applied: number; latestAt: number | null };
  const latest = knownMigrations().find((m) => m.when === row.latestAt)?.tag ?? null;
  return { applied: row.applied, latest, latestAt: row.latestAt };
}

/** The current code's own version: what a database is at after `runMigrations`. */
export function codeSchemaVersion(): SchemaVersion {
  const known = knownMigrations();
  const last = known.at(-1);
  return { applied: known.length, latest: last?.tag ?? null, latestAt: last?.when ?? null };
}

/**
 * Copies the database at `source` to the new file `target` with SQLite's online backup API, safe while the server
 * writes. All pages are copied in one step: in WAL mode that step reads one consistent snapshot while writers go on,
 * whereas small steps restart whenever another connection writes in between, and may never finish under load.
 * The copy is left as a single file (rollback journal), ready to archive.
 */
export async function snapshotDatabase(source: string, target: string): Promise<void> {
  if (fs.existsSync(target)) throw new Error(`Backup target already exists: ${target}`);
  const sqlite = new Database(source, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma("busy_timeout = 5000");
    await sqlite.backup(target, { progress: () => 0x7fffffff });
  } finally {
    sqlite.close();
  }
  const copy = new Database(target);
  try {
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }
}

/** `PRAGMA integrity_check` of the file: [] when it is sound, otherwise SQLite's findings (at most ten). */
export function integrityProblems(file: string): string[] {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite.prepare("pragma integrity_check(10)").all() as { integrity_check: string }[];
    const findings = rows.map((r) => r.integrity_check);
    return findings.length === 1 && findings[0] === "ok" ? [] : findings;
  } catch (error) {
    // A file that is not a database at all ("file is not a database").
    return [(error as Error).message];
  } finally {
    sqlite.close();
  }
}

/** The schema version of the database file at `file`, read without changing it. */
export function schemaVersionOfFile(file: string): SchemaVersion {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return schemaVersionOf(sqlite);
  } finally {
    sqlite.close();
  }
}
