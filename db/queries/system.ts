import "server-only";
import { desc, inArray, isNull, sql } from "drizzle-orm";
import { db } from "../client";
import { schemaVersionOf, type SchemaVersion } from "../maintenance";
import { auditEvents, outbox, rateLimits } from "../schema";
import { logEvent } from "@/lib/log/log.mjs";

// What the health check and the system page read about the database itself. Counts and times only: no addresses.

/** Reads a row of a real table; false (and the reason in the log) when the database cannot be read. */
export function databaseReadable(): boolean {
  try {
    db().select({ n: sql<number>`count(*)` }).from(outbox).get();
    return true;
  } catch (error) {
    logEvent("error", "health_read_failed", { error: (error as Error).message });
    return false;
  }
}

const PROBE_KEY = "newsroom_health_probe";

/** Writes and commits one row (a harmless counter of our own in rate_limits); false when that fails. */
export function databaseWritable(now = new Date()): boolean {
  try {
    db()
      .insert(rateLimits)
      .values({ key: PROBE_KEY, points: 0, expire: now.getTime() + 60_000 })
      .onConflictDoUpdate({ target: rateLimits.key, set: { points: 0, expire: now.getTime() + 60_000 } })
      .run();
    return true;
  } catch (error) {
    logEvent("error", "health_write_failed", { error: (error as Error).message });
    return false;
  }
}

export function databaseSchemaVersion(): SchemaVersion & { searchIndexVersion: number } {
  const client = db().$client;
  return { ...schemaVersionOf(client), searchIndexVersion: client.pragma("user_version", { simple: true }) as number };
}

/** Unsent mail: waiting to be (re)tried, failed for good (shown at /redactie/vragen/mail), and since when the oldest waits. */
export function mailBacklog(): { waiting: number; failed: number; oldestWaitingSince: Date | null } {
  const row = db()
    .select({
      waiting: sql<number>`coalesce(sum(case when ${outbox.failedAt} is null then 1 else 0 end), 0)`,
      failed: sql<number>`coalesce(sum(case when ${outbox.failedAt} is not null then 1 else 0 end), 0)`,
      oldest: sql<number | null>`min(case when ${outbox.failedAt} is null then ${outbox.createdAt} end)`,
    })
    .from(outbox)
    .where(isNull(outbox.sentAt))
    .get();
  return { waiting: row?.waiting ?? 0, failed: row?.failed ?? 0, oldestWaitingSince: row?.oldest ? new Date(row.oldest) : null };
}

export type BackupEvent = { action: "backup.created" | "backup.failed"; at: Date; detail: Record<string, unknown> | null };

/** The last scheduled backup's result (lib/ops/scheduled-backup.ts logs each one). */
export function lastBackupEvent(): BackupEvent | null {
  const row = db()
    .select({ action: auditEvents.action, at: auditEvents.createdAt, detail: auditEvents.detail })
    .from(auditEvents)
    .where(inArray(auditEvents.action, ["backup.created", "backup.failed"]))
    .orderBy(desc(auditEvents.id))
    .limit(1)
    .get();
  return row ? { action: row.action as BackupEvent["action"], at: row.at, detail: row.detail ?? null } : null;
}
