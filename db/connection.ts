// Opens the SQLite file with the settings every process needs. Shared by the app (db/client.ts) and scripts.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";
import { ensureSearchIndex } from "./search-index";
import { logEvent } from "@/lib/log/log.mjs";

export type DB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function databasePath(): string {
  // The file is data, not code: keep the bundler from tracing it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || "./data/newsroom.db");
}

/**
 * `busyTimeoutMs`: how long a write waits inside SQLite for another writer. That wait blocks the process, so the
 * server keeps it short (db/client.ts) and retries with awaited pauses; scripts may simply wait.
 */
export function openDatabase(file = databasePath(), { busyTimeoutMs = 5000 } = {}): { db: DB; sqlite: Database.Database } {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets readers and one writer work side by side: readers never wait for the lock.
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  return { db: drizzle(sqlite, { schema }), sqlite };
}

/** Applies pending migrations, then rebuilds derived data (the search index) that is missing or out of date. */
export function runMigrations(db: DB): void {
  migrate(db, { migrationsFolder: path.join(process.cwd(), "drizzle") });
  const search = ensureSearchIndex(db);
  if (search.rebuilt && search.posts) logEvent("info", "search_index_rebuilt", { posts: search.posts });
}
