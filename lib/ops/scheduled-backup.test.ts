import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { listBackups } from "./backup";
import { backupSettings, runScheduledBackup } from "./scheduled-backup";

const HOUR = 60 * 60 * 1000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-scheduled-"));
const databaseFile = path.join(dir, "newsroom.db");
fs.copyFileSync(path.join(process.cwd(), "db/fixtures/first-release.db"), databaseFile);
process.env.DATABASE_PATH = databaseFile;
process.env.MEDIA_DIR = path.join(dir, "media");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const auditActions = () => {
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    return (sqlite.prepare("select action from audit_events where action like 'backup.%' order by id").all() as { action: string }[]).map((r) => r.action);
  } finally {
    sqlite.close();
  }
};

let backupDir: string;
beforeEach(() => {
  backupDir = fs.mkdtempSync(path.join(dir, "backups-"));
  process.env.BACKUP_DIR = backupDir;
  process.env.BACKUP_KEEP = "2";
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("newsroom.scheduledBackup")];
});

describe("the daily backup job", () => {
  it("is off without BACKUP_DIR, and keeps 7 unless BACKUP_KEEP says otherwise", async () => {
    expect(backupSettings({ BACKUP_KEEP: "3" })).toBeNull();
    expect(backupSettings({ BACKUP_DIR: "/srv/backups", BACKUP_KEEP: "nul" })).toEqual({ dir: "/srv/backups", keep: 7 });
    delete process.env.BACKUP_DIR;
    expect(await runScheduledBackup(new Date())).toBe("off");
  });

  it("makes a backup when there is none, then not again within a day, and logs each one", async () => {
    const before = auditActions().length;
    expect(await runScheduledBackup(new Date())).toBe("created");
    expect(await runScheduledBackup(new Date(Date.now() + 23 * HOUR))).toBe("not_due");
    expect(listBackups(backupDir)).toHaveLength(1);
    expect(auditActions().slice(before)).toEqual(["backup.created"]);
  });

  it("makes the next one a day later and keeps only the newest BACKUP_KEEP", async () => {
    const old = ["2025-01-01", "2025-01-02", "2025-01-03"].map((d) => path.join(backupDir, `newsroom-backup-${d}T00-00-00-000Z.tar.gz`));
    for (const file of old) fs.writeFileSync(file, "oud");
    expect(await runScheduledBackup(new Date())).toBe("created");
    const kept = listBackups(backupDir).map((b) => b.file);
    expect(kept).toHaveLength(2);
    expect(kept[1]).toBe(old[2]);
  });

  it("logs a failure with its reason, and does not retry within the hour", async () => {
    const blocked = path.join(dir, "not-a-directory");
    fs.writeFileSync(blocked, "");
    process.env.BACKUP_DIR = blocked;
    const before = auditActions().length;
    const now = new Date();
    expect(await runScheduledBackup(now)).toBe("failed");
    expect(await runScheduledBackup(new Date(now.getTime() + 30 * 60 * 1000))).toBe("not_due");
    expect(await runScheduledBackup(new Date(now.getTime() + 61 * 60 * 1000))).toBe("failed");
    expect(auditActions().slice(before)).toEqual(["backup.failed", "backup.failed"]);
  });
});
