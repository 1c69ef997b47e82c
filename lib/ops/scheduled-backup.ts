import "server-only";
import path from "node:path";
import { recordAudit } from "@/db/queries/audit";
import { databasePath } from "@/db/connection";
import { mediaDir } from "@/lib/media/store";
import { appVersion, createBackup, listBackups, pruneBackups } from "./backup";
import { logEvent } from "@/lib/log/log.mjs";

const DAY_MS = 24 * 60 * 60 * 1000;
const RETRY_AFTER_FAILURE_MS = 60 * 60 * 1000;
export const DEFAULT_BACKUP_KEEP = 7;

/** BACKUP_DIR turns daily backups on; BACKUP_KEEP (default 7) is how many archives stay. */
export function backupSettings(env: Record<string, string | undefined> = process.env): { dir: string; keep: number } | null {
  if (!env.BACKUP_DIR?.trim()) return null;
  const keep = Number.parseInt(env.BACKUP_KEEP ?? "", 10);
  return { dir: path.resolve(/*turbopackIgnore: true*/ env.BACKUP_DIR.trim()), keep: Number.isInteger(keep) && keep >= 1 ? keep : DEFAULT_BACKUP_KEEP };
}

// One backup at a time in this process, and no retry storm after a failure: on globalThis, shared between bundles.
const slot = Symbol.for("newsroom.scheduledBackup");
type State = { running: boolean; failedAt?: number };
const state = (): State => ((globalThis as { [slot]?: State })[slot] ??= { running: false });

export type ScheduledBackupResult = "off" | "not_due" | "running" | "created" | "failed";

/**
 * Makes the daily backup when the newest archive in BACKUP_DIR (made by this job or by `npm run backup`) is a day
 * old, then keeps the BACKUP_KEEP newest. The result goes to the audit log, where the system page reads it.
 */
export async function runScheduledBackup(now: Date): Promise<ScheduledBackupResult> {
  const settings = backupSettings();
  if (!settings) return "off";
  const current = state();
  if (current.running) return "running";
  const newest = listBackups(settings.dir)[0];
  if (newest && now.getTime() - newest.createdAt.getTime() < DAY_MS) return "not_due";
  if (current.failedAt && now.getTime() - current.failedAt < RETRY_AFTER_FAILURE_MS) return "not_due";
  current.running = true;
  try {
    // Named by the real clock: a test's "a year later" must not block real backups for a year.
    const { file, bytes } = await createBackup({ databaseFile: databasePath(), mediaDir: mediaDir(), outDir: settings.dir, appVersion: appVersion() });
    const pruned = pruneBackups(settings.dir, settings.keep);
    current.failedAt = undefined;
    recordAudit({ action: "backup.created", detail: { file: path.basename(file), bytes, pruned: pruned.length } });
    return "created";
  } catch (error) {
    current.failedAt = now.getTime();
    const message = (error as Error).message.slice(0, 300);
    logEvent("error", "backup_failed", { error: message });
    recordAudit({ action: "backup.failed", detail: { message } });
    return "failed";
  } finally {
    current.running = false;
  }
}
