import "server-only";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { openDatabase, runMigrations, type DB } from "./connection";

// Opened on first use, not at import, so importing a query module costs nothing and a build
// only reads the file (WAL: never blocking a writer) when a page really needs data.
let instance: DB | undefined;

export function db(): DB {
  if (!instance) {
    const { db: opened } = openDatabase();
    // The running server applies pending migrations itself, so a fresh file works on first start.
    // Build workers run in parallel and must not race to migrate: `npm run build` migrates first.
    if (process.env.NEXT_PHASE !== PHASE_PRODUCTION_BUILD) runMigrations(opened);
    instance = opened;
  }
  return instance;
}
