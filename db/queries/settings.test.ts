import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A fresh, migrated database file for this file's tests (db() opens DATABASE_PATH on first use).
process.env.DATABASE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "settings-test-")), "test.db");
const { readSettings, writeSettings } = await import("./settings");

describe("stored site settings", () => {
  it("stores values and, for a value set back to null (no logo), removes the key so its default applies", () => {
    writeSettings({ values: { logoMediaId: 7, phone: "+32 2 555 01 23" }, userId: null });
    expect(readSettings()).toEqual({ logoMediaId: 7, phone: "+32 2 555 01 23" });
    writeSettings({ values: { logoMediaId: null, phone: "020 123 45 67" }, userId: null });
    expect(readSettings()).toEqual({ phone: "020 123 45 67" });
  });
});
