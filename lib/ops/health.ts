import "server-only";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/connection";
import { codeSchemaVersion } from "@/db/maintenance";
import { databaseReadable, databaseSchemaVersion, databaseWritable, lastBackupEvent, mailBacklog } from "@/db/queries/system";
import { SEARCH_INDEX_VERSION } from "@/db/search-index";
import { appVersion, listBackups } from "./backup";
import { backupSettings } from "./scheduled-backup";
import { schedulerLastRun } from "./scheduler-status";

const HOUR_MS = 60 * 60 * 1000;
// Below this much free space a day's growth plus a backup may no longer fit.
const LOW_DISK_BYTES = 1024 ** 3;

/** Short codes a monitoring tool can alert on; the system page explains each in Dutch. */
export type HealthProblem =
  | "database_unreadable"
  | "database_unwritable"
  | "schema_behind"
  | "search_index_outdated"
  | "mail_failing"
  | "scheduler_late"
  | "backup_failed"
  | "backup_late"
  | "disk_low";

/** Everything here is counts, versions and times: safe to show to any monitoring tool. */
export type Health = {
  status: "ok" | "warning" | "error";
  checkedAt: string;
  version: string;
  problems: HealthProblem[];
  database: { read: boolean; write: boolean; schemaVersion: string | null; migrationsApplied: number; migrationsKnown: number; searchIndexVersion: number | null };
  mail: { backlog: number; failed: number; oldestWaitingSince: string | null };
  scheduler: { intervalSeconds: number; lastRunAt: string | null };
  backup: {
    configured: boolean;
    keep: number | null;
    archives: number;
    lastSuccessAt: string | null;
    lastSizeBytes: number | null;
    lastScheduledResult: "created" | "failed" | null;
    lastScheduledAt: string | null;
  };
  disk: { freeBytes: number | null; totalBytes: number | null };
};

/** Also for admins: the message of the last failed backup (it may name paths, so it stays off the public check). */
export type SystemReport = Health & { backupFailure: string | null; backupFiles: { name: string; createdAt: string; bytes: number }[] };

function diskOf(dir: string): { freeBytes: number | null; totalBytes: number | null } {
  try {
    const stats = fs.statfsSync(dir);
    return { freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize };
  } catch {
    return { freeBytes: null, totalBytes: null };
  }
}

export function systemReport(now = new Date()): SystemReport {
  const read = databaseReadable();
  const write = read && databaseWritable(now);
  const schema = read ? databaseSchemaVersion() : null;
  const code = codeSchemaVersion();
  const mail = read ? mailBacklog() : { waiting: 0, failed: 0, oldestWaitingSince: null };
  const intervalSeconds = Number(process.env.SCHEDULER_INTERVAL_SECONDS) || 30;
  const lastRun = schedulerLastRun();
  const settings = backupSettings();
  const archives = settings ? listBackups(settings.dir) : [];
  const event = read ? lastBackupEvent() : null;
  const disk = diskOf(path.dirname(databasePath()));
  // Give a freshly started server a few rounds before calling its scheduler or its first backup late.
  const startedLongAgo = process.uptime() > 3 * intervalSeconds;

  const problems: HealthProblem[] = [];
  if (!read) problems.push("database_unreadable");
  else if (!write) problems.push("database_unwritable");
  if (schema && (schema.latestAt ?? 0) < (code.latestAt ?? 0)) problems.push("schema_behind");
  if (schema && schema.searchIndexVersion !== SEARCH_INDEX_VERSION) problems.push("search_index_outdated");
  if (mail.failed > 0) problems.push("mail_failing");
  if (startedLongAgo && (!lastRun || now.getTime() - lastRun.getTime() > 3 * intervalSeconds * 1000)) problems.push("scheduler_late");
  if (event?.action === "backup.failed") problems.push("backup_failed");
  if (settings && startedLongAgo && (!archives[0] || now.getTime() - archives[0].createdAt.getTime() > 26 * HOUR_MS)) problems.push("backup_late");
  if (disk.freeBytes !== null && disk.freeBytes < LOW_DISK_BYTES) problems.push("disk_low");

  return {
    status: !read || !write ? "error" : problems.length ? "warning" : "ok",
    checkedAt: now.toISOString(),
    version: appVersion(),
    problems,
    database: {
      read,
      write,
      schemaVersion: schema?.latest ?? null,
      migrationsApplied: schema?.applied ?? 0,
      migrationsKnown: code.applied,
      searchIndexVersion: schema?.searchIndexVersion ?? null,
    },
    mail: { backlog: mail.waiting, failed: mail.failed, oldestWaitingSince: mail.oldestWaitingSince?.toISOString() ?? null },
    scheduler: { intervalSeconds, lastRunAt: lastRun?.toISOString() ?? null },
    backup: {
      configured: !!settings,
      keep: settings?.keep ?? null,
      archives: archives.length,
      lastSuccessAt: archives[0]?.createdAt.toISOString() ?? null,
      lastSizeBytes: archives[0]?.bytes ?? null,
      lastScheduledResult: event ? (event.action === "backup.created" ? "created" : "failed") : null,
      lastScheduledAt: event?.at.toISOString() ?? null,
    },
    disk,
    backupFailure: event?.action === "backup.failed" ? String(event.detail?.message ?? "") : null,
    backupFiles: archives.map((a) => ({ name: a.name, createdAt: a.createdAt.toISOString(), bytes: a.bytes })),
  };
}

/** The public part of the report: what GET /api/gezondheid answers. */
export function health(now = new Date()): Health {
  const { backupFailure: _failure, backupFiles: _files, ...publicPart } = systemReport(now);
  return publicPart;
}
