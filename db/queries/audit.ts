import "server-only";
import { lt } from "drizzle-orm";
import { isDatabaseBusy, isSqliteBusy, writersWaiting } from "@/lib/database-busy";
import { db } from "../client";
import { auditEvents } from "../schema";
import { inWriteTransaction } from "./transaction";
import { logEvent } from "@/lib/log/log.mjs";

export type AuditInput = {
  action: string;
  userId?: number | null;
  targetType?: string;
  targetId?: string | number;
  detail?: Record<string, unknown>;
  ipHash?: string | null;
};

type AuditRow = typeof auditEvents.$inferInsert;

// Records that could not be written because another connection held the lock; written in the background.
// Kept in memory, so bounded: a lock held for hours must not grow the process without limit.
const MAX_PENDING = 5000;
const RETRY_LATER_MS = 5000;
const pending: AuditRow[] = [];
let flushing = false;

function insert(row: AuditRow): void {
  db().insert(auditEvents).values(row).run();
}

async function flush(): Promise<void> {
  if (flushing) return;
  flushing = true;
  try {
    while (pending.length) {
      const batch = pending.slice();
      try {
        await inWriteTransaction(() => batch.forEach(insert));
        pending.splice(0, batch.length);
      } catch (error) {
        if (!isDatabaseBusy(error)) {
          pending.splice(0, batch.length);
          logEvent("error", "audit_records_lost", { count: batch.length, error: (error as Error).message });
        } else {
          await new Promise((resolve) => setTimeout(resolve, RETRY_LATER_MS));
        }
      }
    }
  } finally {
    flushing = false;
  }
}

function defer(row: AuditRow): void {
  if (pending.length >= MAX_PENDING) {
    logEvent("error", "audit_record_dropped", { waiting: MAX_PENDING, action: row.action });
    return;
  }
  pending.push(row);
  void flush();
}

/**
 * Appends to the log of who did what. Never put question text, passwords or e-mail bodies in `detail`.
 * Never fails a request because of the lock: a record that cannot be written now is written in the background,
 * with the time it happened.
 */
export function recordAudit(event: AuditInput): void {
  const row: AuditRow = {
    action: event.action,
    userId: event.userId ?? null,
    targetType: event.targetType,
    targetId: event.targetId === undefined ? undefined : String(event.targetId),
    detail: event.detail,
    ipHash: event.ipHash ?? null,
    createdAt: new Date(),
  };
  // Behind records already waiting (keeps their order), or behind writers waiting for the lock (no use trying).
  if (pending.length || writersWaiting()) return defer(row);
  try {
    insert(row);
  } catch (error) {
    if (!isSqliteBusy(error)) throw error;
    defer(row);
  }
}

/** Deletes log entries older than `before` (the retention job); returns how many. */
export function deleteAuditBefore({ before }: { before: Date }): number {
  return db().delete(auditEvents).where(lt(auditEvents.createdAt, before)).run().changes;
}
