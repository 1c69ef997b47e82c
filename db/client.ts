import "server-only";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { openDatabase, runMigrations, type DB } from "./connection";

// Opened on first use, not at import, so importing a query module costs nothing and a build
// only reads the file (WAL: never blocking a writer) when a page really needs data.
let instance: DB | undefined;

// SQLite's busy wait is synchronous: while it lasts, no request of this server is answered. So it only covers a
// commit in progress; longer waits happen in withWriteRetry (lib/database-busy.ts), with the event loop free.
const BUSY_TIMEOUT_MS = 20;

export function db(): DB {
  if (!instance) {
    const { db: opened } = openDatabase(undefined, { busyTimeoutMs: BUSY_TIMEOUT_MS });
    // The running server applies pending migrations itself, so a fresh file works on first start.
    // Build workers run in parallel and must not race to migrate: `npm run build` migrates first.
    if (process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD) runMigrations(opened);
    instance = opened;
  }
  return instance;
}
