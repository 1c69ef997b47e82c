import "server-only";
import { db } from "../client";

/**
 * Runs synchronous query functions as one SQLite transaction. better-sqlite3 has one connection per process,
 * so the queries inside (which call db() themselves) join it; the callback must not await.
 */
export function inTransaction<T>(work: () => T): T {
  return db().$client.transaction(work)();
}
