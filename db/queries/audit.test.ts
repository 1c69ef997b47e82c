import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The app's own connection (db/client.ts) on a temporary file, and a second connection that holds the lock.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "audit-busy-"));
process.env.DATABASE_PATH = path.join(dir, "test.db");

let recordAudit: typeof import("./audit").recordAudit;
let inWriteTransaction: typeof import("./transaction").inWriteTransaction;
let other: Database.Database;

beforeAll(async () => {
  ({ recordAudit } = await import("./audit"));
  ({ inWriteTransaction } = await import("./transaction"));
  const { db } = await import("../client");
  db(); // opens and migrates the file
  other = new Database(process.env.DATABASE_PATH!);
});

afterAll(() => {
  other.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const actions = () => other.prepare("select action from audit_events order by created_at, id").pluck().all();

describe("the audit log while another connection holds the write lock", () => {
  it("never fails the request: the record is written once the lock is released, with the time it happened", async () => {
    other.exec("begin immediate");
    const happened = Date.now();
    expect(() => recordAudit({ action: "test.while_locked" })).not.toThrow();
    expect(() => recordAudit({ action: "test.also_while_locked" })).not.toThrow();
    other.exec("commit");
    await vi.waitFor(() => expect(actions()).toEqual(["test.while_locked", "test.also_while_locked"]), { timeout: 3000 });
    const createdAt = other.prepare("select created_at from audit_events where action = 'test.while_locked'").pluck().get() as number;
    expect(createdAt).toBeGreaterThanOrEqual(happened);
    expect(createdAt).toBeLessThan(happened + 100);
  });
});

describe("a write transaction of the app", () => {
  it("waits for the lock, then runs its work exactly once (the lock is taken before any work starts)", async () => {
    const { db } = await import("../client");
    other.exec("begin immediate");
    setTimeout(() => other.exec("commit"), 200);
    let runs = 0;
    await inWriteTransaction(() => {
      runs++;
      db().$client.prepare("insert into audit_events (action, created_at) values ('test.in_transaction', ?)").run(Date.now());
    });
    expect(runs).toBe(1);
    expect(actions().filter((a) => a === "test.in_transaction")).toHaveLength(1);
  });
});
