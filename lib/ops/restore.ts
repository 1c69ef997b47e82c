// Restores a backup made by lib/ops/backup.ts into an empty data directory: nothing is moved into place until every
// checksum matches the manifest and SQLite finds the database sound, and live data is never overwritten.
import fs from "node:fs";
import path from "node:path";
import { codeSchemaVersion, integrityProblems, schemaVersionOfFile, type SchemaVersion } from "@/db/maintenance";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DATABASE_ENTRY, MANIFEST_ENTRY, MEDIA_PREFIX, type Manifest } from "./backup";
import { extractTarGz, type ArchivedFile } from "./tar";

export class RestoreRefused extends Error {}

/** Why restoring here would overwrite data, or [] when the targets are empty. */
export function liveDataProblems({ databaseFile, mediaDir }: { databaseFile: string; mediaDir: string }): string[] {
  const problems: string[] = [];
  // A stale -wal beside a restored file would be replayed into it, so it counts as live data too.
  for (const file of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`]) {
    if (fs.existsSync(file)) problems.push(`${file} already exists: restore into an empty data directory (set DATABASE_PATH to a new file).`);
  }
  const media = fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : [];
  if (media.length) problems.push(`${mediaDir} is not empty: restore into an empty data directory (set MEDIA_DIR to a new directory).`);
  return problems;
}

/** A relative media path inside the archive that cannot climb out of the media directory. */
function safeMediaPath(name: string): string | null {
  const relative = name.slice(MEDIA_PREFIX.length);
  const parts = relative.split("/");
  if (!relative || relative.includes("\\") || parts.some((p) => p === "" || p === "." || p === "..")) return null;
  return parts.join(path.sep);
}

function readManifest(file: string): Manifest {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  } catch {
    throw new RestoreRefused("The manifest of this backup cannot be read.");
  }
  if (manifest?.format !== BACKUP_FORMAT || !Array.isArray(manifest.files)) throw new RestoreRefused("This file is not a newsroom backup.");
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) throw new RestoreRefused(`This backup has format version ${manifest.formatVersion}; this version reads ${BACKUP_FORMAT_VERSION}.`);
  return manifest;
}

/** Every file the manifest lists is there with its size and checksum, and nothing else is. */
function checksumProblems(manifest: Manifest, extracted: ArchivedFile[]): string[] {
  const found = new Map(extracted.filter((f) => f.name !== MANIFEST_ENTRY).map((f) => [f.name, f]));
  const problems: string[] = [];
  for (const listed of manifest.files) {
    const file = found.get(listed.path);
    if (!file) problems.push(`${listed.path} is missing`);
    else if (file.bytes !== listed.bytes || file.sha256 !== listed.sha256) problems.push(`${listed.path} does not match its checksum`);
    found.delete(listed.path);
  }
  for (const name of found.keys()) problems.push(`${name} is not in the manifest`);
  if (!manifest.files.some((f) => f.path === DATABASE_ENTRY)) problems.push(`${DATABASE_ENTRY} is missing`);
  return problems;
}

export type RestoreInput = { archive: string; databaseFile: string; mediaDir: string };
export type RestoreResult = { files: number; mediaFiles: number; schema: SchemaVersion; createdAt: string; appVersion: string };

export async function restoreBackup({ archive, databaseFile, mediaDir }: RestoreInput): Promise<RestoreResult> {
  const live = liveDataProblems({ databaseFile, mediaDir });
  if (live.length) throw new RestoreRefused(live.join("\n"));
  if (!fs.existsSync(archive)) throw new RestoreRefused(`${archive} does not exist.`);

  // Staged beside the targets (same file system, so moving into place is a rename) under names nobody else uses.
  const createdMediaDir = !fs.existsSync(mediaDir);
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  fs.mkdirSync(mediaDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(path.dirname(databaseFile), ".restore-"));
  const mediaStaging = fs.mkdtempSync(path.join(mediaDir, ".restore-"));
  let linkedDatabase = false;
  let done = false;
  try {
    let extracted: ArchivedFile[];
    try {
      extracted = await extractTarGz(archive, (name) => {
        if (name === DATABASE_ENTRY || name === MANIFEST_ENTRY) return path.join(staging, name);
        const relative = name.startsWith(MEDIA_PREFIX) ? safeMediaPath(name) : null;
        if (!relative) throw new RestoreRefused(`The backup holds an unexpected file: ${name}`);
        return path.join(mediaStaging, relative);
      });
    } catch (error) {
      if (error instanceof RestoreRefused) throw error;
      throw new RestoreRefused(`The backup cannot be read: ${(error as Error).message}`);
    }
    if (!extracted.some((f) => f.name === MANIFEST_ENTRY)) throw new RestoreRefused("This backup has no manifest.");
    const manifest = readManifest(path.join(staging, MANIFEST_ENTRY));
    const mismatches = checksumProblems(manifest, extracted);
    if (mismatches.length) throw new RestoreRefused(`The backup is damaged or was changed:\n${mismatches.join("\n")}`);

    const stagedDatabase = path.join(staging, DATABASE_ENTRY);
    const integrity = integrityProblems(stagedDatabase);
    if (integrity.length) throw new RestoreRefused(`The database in the backup fails PRAGMA integrity_check:\n${integrity.join("\n")}`);
    const schema = schemaVersionOfFile(stagedDatabase);
    const code = codeSchemaVersion();
    if (schema.latest === null && schema.applied > 0) throw new RestoreRefused("The backup was made by a newer version of the newsroom (its schema is unknown here): upgrade first, then restore.");
    if ((schema.latestAt ?? 0) > (code.latestAt ?? 0)) throw new RestoreRefused("The backup was made by a newer version of the newsroom: upgrade first, then restore.");

    // Into place: link() never replaces an existing file, and nothing but our staging may have appeared in MEDIA_DIR.
    const others = fs.readdirSync(mediaDir).filter((entry) => entry !== path.basename(mediaStaging));
    if (others.length) throw new RestoreRefused(`${mediaDir} is not empty any more: something else is writing there.`);
    try {
      fs.linkSync(stagedDatabase, databaseFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new RestoreRefused(`${databaseFile} appeared during the restore: something else is using it.`);
      throw error;
    }
    linkedDatabase = true;
    for (const entry of fs.readdirSync(mediaStaging)) fs.renameSync(path.join(mediaStaging, entry), path.join(mediaDir, entry));
    done = true;
    const mediaFiles = extracted.filter((f) => f.name.startsWith(MEDIA_PREFIX)).length;
    return { files: manifest.files.length, mediaFiles, schema, createdAt: manifest.createdAt, appVersion: manifest.appVersion };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(mediaStaging, { recursive: true, force: true });
    if (!done) {
      // Leave the targets as empty as we found them.
      if (linkedDatabase) fs.rmSync(databaseFile, { force: true });
      if (createdMediaDir) fs.rmSync(mediaDir, { recursive: true, force: true });
    }
  }
}
