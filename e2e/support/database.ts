// Read-only look into the test server's SQLite file, to check what an action did or did not change.
import Database from "better-sqlite3";

export function queryDatabase<T>(sql: string, ...params: unknown[]): T[] {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set (playwright.config.ts sets it)");
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Changes the test server's SQLite file directly, for state no page sets yet (a site setting); use sparingly. */
export function writeDatabase(sql: string, ...params: unknown[]): void {
  const file = process.env.E2E_DATABASE_PATH;
  if (!file) throw new Error("E2E_DATABASE_PATH is not set (playwright.config.ts sets it)");
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}
