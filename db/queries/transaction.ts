import "server-only";
import { withWriteRetry } from "@/lib/database-busy";
import { db } from "../client";

/**
 * Runs synchronous query functions as one SQLite write transaction, retried while another connection holds the
 * write lock (with the event loop free; see lib/database-busy.ts); throws DatabaseBusyError when it never gets
 * it. better-sqlite3 has one connection per process, so the queries inside (which call db() themselves) join it.
 * The callback must not await, and may run more than once: keep side effects other than queries outside it.
 */
export function inWriteTransaction<T>(work: () => T): Promise<T> {
  // IMMEDIATE takes the lock before any work, so a busy database fails at BEGIN, not halfway through.
  return withWriteRetry(() => db().$client.transaction(work).immediate());
}
