// One backup = one .tar.gz: a consistent copy of the SQLite database, every file of the media directory, and a
// manifest with the schema version and a SHA-256 per file. lib/ops/restore.ts reads it back.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { schemaVersionOf, snapshotDatabase, type SchemaVersion } from "@/db/maintenance";
import { TarGzWriter, type ArchivedFile } from "./tar";

export const BACKUP_FORMAT = "newsroom-backup";
export const BACKUP_FORMAT_VERSION = 1;
export const DATABASE_ENTRY = "database.sqlite";
export const MANIFEST_ENTRY = "manifest.json";
export const MEDIA_PREFIX = "media/";

export type Manifest = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  appVersion: string;
  schema: SchemaVersion;
  /** PRAGMA user_version of the copy: the version of its search index (db/search-index.ts). */
  searchIndexVersion: number;
  files: { path: string; bytes: number; sha256: string }[];
};

const NAME = /^newsroom-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.tar\.gz$/;

/** newsroom-backup-2025-01-15T09-00-00-000Z.tar.gz: sorts by time, and says when it was made. */
export function backupFileName(now: Date): string {
  return `newsroom-backup-${now.toISOString().replace(/[:.]/g, "-")}.tar.gz`;
}

export type BackupFile = { name: string; file: string; createdAt: Date; bytes: number };

/** The finished backups in `dir`, newest first (half-written ones are named otherwise until done). */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const match = NAME.exec(name);
      if (!match) return [];
      const [, date, hours, minutes, seconds, ms] = match;
      const createdAt = new Date(`${date}T${hours}:${minutes}:${seconds}.${ms}Z`);
      const file = path.join(dir, name);
      return [{ name, file, createdAt, bytes: fs.statSync(file).size }];
    })
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Regular files under `dir`, as paths relative to it with forward slashes, sorted; [] when it does not exist. */
function filesUnder(dir: string, prefix = ""): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(dir, prefix), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return filesUnder(dir, relative);
      return entry.isFile() ? [relative] : [];
    });
}

export type BackupInput = { databaseFile: string; mediaDir: string; outDir: string; appVersion: string; now?: Date };

/**
 * Writes a backup into `outDir` and returns its path. The database is copied first and the media after it: an image
 * uploaded in between is merely extra, and images in use are never deleted, so every image the copy refers to is
 * there. The archive gets its final name only when complete.
 */
export async function createBackup({ databaseFile, mediaDir, outDir, appVersion, now = new Date() }: BackupInput): Promise<{ file: string; bytes: number; manifest: Manifest }> {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, backupFileName(now));
  if (fs.existsSync(file)) throw new Error(`A backup named ${path.basename(file)} already exists`);
  const staging = fs.mkdtempSync(path.join(outDir, ".backup-"));
  const partial = path.join(staging, "archive.tar.gz");
  try {
    const copy = path.join(staging, DATABASE_ENTRY);
    await snapshotDatabase(databaseFile, copy);
    const sqlite = new Database(copy, { readonly: true });
    const schema = schemaVersionOf(sqlite);
    const searchIndexVersion = sqlite.pragma("user_version", { simple: true }) as number;
    sqlite.close();

    const writer = new TarGzWriter(partial);
    const files: ArchivedFile[] = [];
    try {
      files.push(await writer.addFile(DATABASE_ENTRY, copy));
      for (const relative of filesUnder(mediaDir)) {
        try {
          files.push(await writer.addFile(MEDIA_PREFIX + relative, path.join(mediaDir, relative)));
        } catch (error) {
          // Deleted since the listing: an image no longer in use (images in use cannot be deleted).
          if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        }
      }
      const manifest: Manifest = {
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        createdAt: now.toISOString(),
        appVersion,
        schema,
        searchIndexVersion,
        files: files.map((f) => ({ path: f.name, bytes: f.bytes, sha256: f.sha256 })),
      };
      await writer.addBuffer(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 2) + "\n"), now);
      await writer.close();
      fs.renameSync(partial, file);
      return { file, bytes: fs.statSync(file).size, manifest };
    } catch (error) {
      await writer.abort();
      throw error;
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Deletes all but the `keep` newest backups in `dir` (only files named as backups); returns the names deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const old = listBackups(dir).slice(Math.max(1, keep));
  for (const backup of old) fs.rmSync(backup.file, { force: true });
  return old.map((b) => b.name);
}

/** The version in package.json, for the manifest. */
export function appVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}
