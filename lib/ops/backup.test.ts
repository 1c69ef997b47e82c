import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, runMigrations } from "@/db/connection";
import { codeSchemaVersion } from "@/db/maintenance";
import { SEARCH_INDEX_VERSION } from "@/db/search-index";
import { MANIFEST_ENTRY, createBackup, listBackups, pruneBackups, type Manifest } from "./backup";
import { RestoreRefused, restoreBackup } from "./restore";
import { TarGzWriter, extractTarGz } from "./tar";

let dir: string;
let live: { databaseFile: string; mediaDir: string };
let fresh: { databaseFile: string; mediaDir: string };
const backups = () => path.join(dir, "backups");

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-backup-"));
  live = { databaseFile: path.join(dir, "live/newsroom.db"), mediaDir: path.join(dir, "live/media") };
  fresh = { databaseFile: path.join(dir, "restored/newsroom.db"), mediaDir: path.join(dir, "restored/media") };
  // A database as the app leaves it (the first-release fixture, migrated), and two uploaded images.
  fs.mkdirSync(path.dirname(live.databaseFile), { recursive: true });
  fs.copyFileSync(path.join(process.cwd(), "db/fixtures/first-release.db"), live.databaseFile);
  const { db, sqlite } = openDatabase(live.databaseFile);
  runMigrations(db);
  sqlite.close();
  for (const [key, bytes] of [["0123456789abcdef01234567", 3000], ["fedcba9876543210fedcba98", 70_000]] as const) {
    fs.mkdirSync(path.join(live.mediaDir, key), { recursive: true });
    fs.writeFileSync(path.join(live.mediaDir, key, "320.webp"), Buffer.alloc(bytes, key));
  }
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const backup = (now?: Date) => createBackup({ ...live, outDir: backups(), appVersion: "9.9.9", now });
const rows = (file: string, sql: string) => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return sqlite.prepare(sql).all();
  } finally {
    sqlite.close();
  }
};
const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** Rewrites an archive after `change` had its way with the extracted files. */
async function tamper(archive: string, change: (root: string) => void): Promise<string> {
  const root = path.join(dir, "tamper");
  const files = await extractTarGz(archive, (name) => path.join(root, name));
  change(root);
  const out = path.join(dir, "tampered.tar.gz");
  const writer = new TarGzWriter(out);
  const names = [...files.map((f) => f.name).filter((n) => n !== MANIFEST_ENTRY && fs.existsSync(path.join(root, n))), MANIFEST_ENTRY];
  for (const name of fs.existsSync(path.join(root, "media/extra.webp")) ? [...names, "media/extra.webp"] : names) await writer.addFile(name, path.join(root, name));
  await writer.close();
  return out;
}

describe("a backup", () => {
  it("restores into an empty data directory with the same posts, users, media and search index", async () => {
    const { file, manifest } = await backup();
    expect(path.basename(file)).toMatch(/^newsroom-backup-.*\.tar\.gz$/);
    expect(manifest.schema).toEqual(codeSchemaVersion());
    expect(manifest.searchIndexVersion).toBe(SEARCH_INDEX_VERSION);
    expect(manifest.appVersion).toBe("9.9.9");
    expect(manifest.files.map((f) => f.path)).toEqual(["database.sqlite", "media/0123456789abcdef01234567/320.webp", "media/fedcba9876543210fedcba98/320.webp"]);

    const result = await restoreBackup({ archive: file, ...fresh });
    expect(result).toMatchObject({ files: 3, mediaFiles: 2, appVersion: "9.9.9" });
    const query = "select (select count(*) from posts) as posts, (select count(*) from users) as users, (select count(*) from posts_fts) as indexed";
    expect(rows(fresh.databaseFile, query)).toEqual(rows(live.databaseFile, query));
    expect(rows(fresh.databaseFile, "pragma integrity_check")).toEqual([{ integrity_check: "ok" }]);
    for (const key of ["0123456789abcdef01234567", "fedcba9876543210fedcba98"]) {
      expect(sha(path.join(fresh.mediaDir, key, "320.webp"))).toBe(sha(path.join(live.mediaDir, key, "320.webp")));
    }
    // Nothing of the staging is left behind.
    expect(fs.readdirSync(path.dirname(fresh.databaseFile)).sort()).toEqual(["media", "newsroom.db"]);
    expect(fs.readdirSync(backups())).toEqual([path.basename(file)]);
  });

  it("taken while another process writes, holds one consistent moment and does not stop the writer", async () => {
    const setup = new Database(live.databaseFile);
    setup.exec("create table load_test (batch integer not null, part integer not null, pad blob not null)");
    const fill = setup.prepare("insert into load_test values (?, ?, randomblob(4000))");
    setup.transaction(() => {
      for (let batch = 1; batch <= 2500; batch++) for (const part of [1, 2]) fill.run(-batch, part);
    })();
    setup.close();
    // Each transaction adds a pair of rows: a copy with half a pair was not taken at one moment.
    const writer = spawn(
      process.execPath,
      [
        "-e",
        `const D = require(${JSON.stringify(require.resolve("better-sqlite3"))});
         const db = new D(process.argv[1]); db.pragma("journal_mode = WAL"); db.pragma("busy_timeout = 5000");
         const add = db.prepare("insert into load_test values (?, ?, randomblob(2000))");
         const pair = db.transaction((n) => { add.run(n, 1); add.run(n, 2); });
         const deadline = Date.now() + 60000; // never outlives a test run that was cut short
         let n = 0; const tick = () => { for (let i = 0; i < 20; i++) pair(++n); if (n === 20) console.log("ready"); if (Date.now() < deadline) setImmediate(tick); }; tick();`,
        live.databaseFile,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await once(writer.stdout, "data");
      const maxBatch = () => (rows(live.databaseFile, "select max(batch) as n from load_test")[0] as { n: number }).n;
      const before = maxBatch();
      const { file } = await backup();
      const after = maxBatch();
      expect(after).toBeGreaterThan(before);
      await restoreBackup({ archive: file, ...fresh });
      expect(rows(fresh.databaseFile, "select batch from load_test group by batch having count(*) != 2")).toEqual([]);
      const restored = (rows(fresh.databaseFile, "select max(batch) as n from load_test")[0] as { n: number }).n;
      expect(restored).toBeGreaterThanOrEqual(before);
      expect(rows(fresh.databaseFile, "pragma integrity_check")).toEqual([{ integrity_check: "ok" }]);
    } finally {
      writer.kill();
    }
  }, 60_000);

  it("cannot be restored when a file in it was changed, and leaves the targets as they were", async () => {
    const { file } = await backup();
    const tampered = await tamper(file, (root) => fs.appendFileSync(path.join(root, "media/0123456789abcdef01234567/320.webp"), "x"));
    await expect(restoreBackup({ archive: tampered, ...fresh })).rejects.toThrow(/320\.webp does not match its checksum/);
    expect(fs.existsSync(fresh.databaseFile)).toBe(false);
    expect(fs.existsSync(fresh.mediaDir)).toBe(false);
  });

  it("cannot be restored when its database was changed, even with a matching size", async () => {
    const { file } = await backup();
    const tampered = await tamper(file, (root) => {
      const db = path.join(root, "database.sqlite");
      const bytes = fs.readFileSync(db);
      bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 1;
      fs.writeFileSync(db, bytes);
    });
    await expect(restoreBackup({ archive: tampered, ...fresh })).rejects.toThrow(/database\.sqlite does not match its checksum/);
    expect(fs.existsSync(fresh.databaseFile)).toBe(false);
  });

  it("cannot be restored with a file the manifest does not list, or without one it lists", async () => {
    const { file } = await backup();
    const extra = await tamper(file, (root) => fs.writeFileSync(path.join(root, "media/extra.webp"), "erbij"));
    await expect(restoreBackup({ archive: extra, ...fresh })).rejects.toThrow(/media\/extra\.webp is not in the manifest/);
    fs.rmSync(path.join(dir, "tamper"), { recursive: true });
    fs.rmSync(extra);
    const missing = await tamper(file, (root) => fs.rmSync(path.join(root, "media/fedcba9876543210fedcba98/320.webp")));
    await expect(restoreBackup({ archive: missing, ...fresh })).rejects.toThrow(/320\.webp is missing/);
  });

  it("whose database fails the integrity check is refused, even when the manifest was rewritten to match", async () => {
    const { file } = await backup();
    const tampered = await tamper(file, (root) => {
      const db = path.join(root, "database.sqlite");
      const bytes = fs.readFileSync(db);
      // Scribble over the middle of the file (table pages), then make the checksums agree.
      bytes.fill(0x41, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 3000);
      fs.writeFileSync(db, bytes);
      const manifestFile = path.join(root, MANIFEST_ENTRY);
      const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Manifest;
      manifest.files[0] = { path: "database.sqlite", bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
      fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    });
    await expect(restoreBackup({ archive: tampered, ...fresh })).rejects.toThrow(/integrity_check/);
    expect(fs.existsSync(fresh.databaseFile)).toBe(false);
  });

  it("cannot be restored over live data: an existing database, its WAL, or a non-empty media directory", async () => {
    const { file } = await backup();
    await expect(restoreBackup({ archive: file, ...live })).rejects.toThrow(RestoreRefused);
    expect(rows(live.databaseFile, "pragma integrity_check")).toEqual([{ integrity_check: "ok" }]);

    fs.mkdirSync(path.dirname(fresh.databaseFile), { recursive: true });
    fs.writeFileSync(`${fresh.databaseFile}-wal`, "");
    await expect(restoreBackup({ archive: file, ...fresh })).rejects.toThrow(/newsroom\.db-wal already exists/);
    fs.rmSync(`${fresh.databaseFile}-wal`);

    fs.mkdirSync(fresh.mediaDir, { recursive: true });
    fs.writeFileSync(path.join(fresh.mediaDir, "eigen.webp"), "van iemand");
    await expect(restoreBackup({ archive: file, ...fresh })).rejects.toThrow(/media is not empty/);
    expect(fs.existsSync(fresh.databaseFile)).toBe(false);
    expect(fs.readdirSync(fresh.mediaDir)).toEqual(["eigen.webp"]);
  });

  it("restores into an existing empty media directory (a mounted volume)", async () => {
    const { file } = await backup();
    fs.mkdirSync(fresh.mediaDir, { recursive: true });
    await restoreBackup({ archive: file, ...fresh });
    expect(fs.readdirSync(fresh.mediaDir).sort()).toEqual(["0123456789abcdef01234567", "fedcba9876543210fedcba98"]);
  });

  it("cannot put a file outside the media directory", async () => {
    const evil = path.join(dir, "evil.tar.gz");
    const writer = new TarGzWriter(evil);
    await writer.addBuffer("media/../../escaped.txt", Buffer.from("weg"));
    await writer.close();
    await expect(restoreBackup({ archive: evil, ...fresh })).rejects.toThrow(/unexpected file/);
    expect(fs.existsSync(path.join(dir, "escaped.txt"))).toBe(false);
    expect(fs.existsSync(path.join(dir, "restored/escaped.txt"))).toBe(false);
  });

  it("made by a newer version (a migration this code does not know) is refused", async () => {
    const sqlite = new Database(live.databaseFile);
    sqlite.prepare("insert into __drizzle_migrations (hash, created_at) values ('later', ?)").run(codeSchemaVersion().latestAt! + 1000);
    sqlite.close();
    const { file } = await backup();
    await expect(restoreBackup({ archive: file, ...fresh })).rejects.toThrow(/newer version/);
  });

  it("without any uploaded media restores an empty media directory", async () => {
    fs.rmSync(live.mediaDir, { recursive: true });
    const { file, manifest } = await backup();
    expect(manifest.files.map((f) => f.path)).toEqual(["database.sqlite"]);
    await restoreBackup({ archive: file, ...fresh });
    expect(fs.readdirSync(fresh.mediaDir)).toEqual([]);
  });
});

describe("keeping backups", () => {
  it("keeps the newest BACKUP_KEEP archives and deletes only files named as backups", async () => {
    const day = 24 * 60 * 60 * 1000;
    for (let i = 0; i < 4; i++) await backup(new Date(Date.UTC(2025, 0, 1) + i * day));
    fs.writeFileSync(path.join(backups(), "notes.txt"), "van de beheerder");
    const deleted = pruneBackups(backups(), 2);
    expect(deleted).toEqual(["newsroom-backup-2025-01-02T00-00-00-000Z.tar.gz", "newsroom-backup-2025-01-01T00-00-00-000Z.tar.gz"]);
    expect(listBackups(backups()).map((b) => b.createdAt.toISOString())).toEqual(["2025-01-04T00:00:00.000Z", "2025-01-03T00:00:00.000Z"]);
    expect(fs.existsSync(path.join(backups(), "notes.txt"))).toBe(true);
  });

  it("never deletes the last backup, whatever BACKUP_KEEP says", async () => {
    await backup();
    expect(pruneBackups(backups(), 0)).toEqual([]);
    expect(listBackups(backups())).toHaveLength(1);
  });
});
