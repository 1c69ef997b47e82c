import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATABASE_BUSY_MESSAGE, isDatabaseBusy, withWriteRetry } from "./database-busy";

// Two real connections to one file, as in production: `other` stands for another process (a backup, a script)
// holding the write lock; `ours` is the server's connection with its short busy timeout.
let dir: string;
let other: Database.Database;
let ours: Database.Database;

function open(file: string, busyTimeoutMs: number) {
  const connection = new Database(file);
  connection.pragma(`busy_timeout = ${busyTimeoutMs}`);
  connection.pragma("journal_mode = WAL");
  return connection;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "write-retry-"));
  const file = path.join(dir, "test.db");
  other = open(file, 0);
  other.exec("create table notes (id integer primary key, text text not null unique)");
  ours = open(file, 20);
});

afterEach(() => {
  if (other.inTransaction) other.exec("rollback");
  other.close();
  ours.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const insertNote = (text: string) => () => ours.prepare("insert into notes (text) values (?)").run(text);
const notes = () => ours.prepare("select text from notes order by id").pluck().all();

describe("a write while another connection holds the write lock", () => {
  it("waits with the event loop free: the lock is released by a timer of this same process, and the write succeeds", async () => {
    other.exec("begin immediate");
    // Runs only if the write's wait leaves the event loop free; a synchronous busy wait would never let it run.
    setTimeout(() => other.exec("commit"), 300);
    await withWriteRetry(insertNote("na het wachten"));
    expect(notes()).toEqual(["na het wachten"]);
  });

  it("keeps answering other work while it waits", async () => {
    other.exec("begin immediate");
    let lockHeld = true;
    const write = withWriteRetry(insertNote("later")).then(() => lockHeld);
    // Other work (a reader) finishes while the writer still waits for the lock.
    const read = new Promise<boolean>((resolve) => setTimeout(() => resolve(lockHeld), 50));
    expect(await read).toBe(true);
    expect(notes()).toEqual([]);
    other.exec("commit");
    lockHeld = false;
    expect(await write).toBe(false);
    expect(notes()).toEqual(["later"]);
  });

  it("gives up with a busy error when the lock is held too long, and writes nothing", async () => {
    other.exec("begin immediate");
    const error = await withWriteRetry(insertNote("te laat"), { retryMs: 300 }).catch((e: unknown) => e);
    expect(isDatabaseBusy(error)).toBe(true);
    expect((error as Error).name).toBe("DatabaseBusyError");
    other.exec("commit");
    expect(notes()).toEqual([]);
  });

  it("lets many waiting writers through once the lock is released, each exactly once and in order", async () => {
    other.exec("begin immediate");
    const writes = Array.from({ length: 20 }, (_, n) => withWriteRetry(insertNote(`vraag ${n}`)));
    setTimeout(() => other.exec("commit"), 200);
    await Promise.all(writes);
    expect(notes()).toEqual(Array.from({ length: 20 }, (_, n) => `vraag ${n}`));
  });

  it("retries a whole transaction: work that met the lock is rolled back and run again, not half kept", async () => {
    other.exec("begin immediate");
    setTimeout(() => other.exec("commit"), 150);
    await withWriteRetry(() =>
      ours.transaction(() => {
        insertNote("eerste")();
        insertNote("tweede")();
      })(),
    );
    expect(notes()).toEqual(["eerste", "tweede"]);
  });
});

describe("errors that are not about the lock", () => {
  it("are thrown at once, without retrying", async () => {
    insertNote("dubbel")();
    let attempts = 0;
    const error = await withWriteRetry(() => {
      attempts++;
      return insertNote("dubbel")();
    }).catch((e: unknown) => e);
    expect(attempts).toBe(1);
    expect((error as { code?: string }).code).toBe("SQLITE_CONSTRAINT_UNIQUE");
    expect(isDatabaseBusy(error)).toBe(false);
  });
});

describe("the message for a form", () => {
  it("asks in Dutch to try again and says the typed text is kept", () => {
    expect(DATABASE_BUSY_MESSAGE).toBe("Het systeem is even bezig. Probeer het zo opnieuw; wat u typte staat er nog.");
  });

  it("is meant for a busy error, also when wrapped by drizzle or Auth.js", () => {
    const sqlite = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    expect(isDatabaseBusy(sqlite)).toBe(true);
    expect(isDatabaseBusy(new Error("query failed", { cause: sqlite }))).toBe(true);
    expect(isDatabaseBusy(new Error("callback failed", { cause: { err: sqlite } }))).toBe(true);
    expect(isDatabaseBusy(new Error("something else"))).toBe(false);
  });
});
