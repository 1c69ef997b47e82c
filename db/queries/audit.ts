import "server-only";
import { lt } from "drizzle-orm";
import { db } from "../client";
import { auditEvents } from "../schema";

export type AuditInput = {
  action: string;
  userId?: number | null;
  targetType?: string;
  targetId?: string | number;
  detail?: Record<string, unknown>;
  ipHash?: string | null;
};

/** Appends to the log of who did what. Never put question text, passwords or e-mail bodies in `detail`. */
export function recordAudit(event: AuditInput): void {
  db()
    .insert(auditEvents)
    .values({
      action: event.action,
      userId: event.userId ?? null,
      targetType: event.targetType,
      targetId: event.targetId === undefined ? undefined : String(event.targetId),
      detail: event.detail,
      ipHash: event.ipHash ?? null,
    })
    .run();
}

/** Deletes log entries older than `before` (the retention job); returns how many. */
export function deleteAuditBefore({ before }: { before: Date }): number {
  return db().delete(auditEvents).where(lt(auditEvents.createdAt, before)).run().changes;
}
