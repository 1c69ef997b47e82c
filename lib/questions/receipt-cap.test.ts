import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A fresh, migrated database file for this file's tests (db() opens DATABASE_PATH on first use).
process.env.DATABASE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "receipt-cap-test-")), "test.db");
const { mayQueueReceipt, receiptsPerHour } = await import("./receipt-cap");
const { enqueueMail } = await import("@/db/queries/outbox");

const receipt = { kind: "receipt" as const, to: "iemand@example.org", subject: "Ontvangen", text: "Tekst" };

describe("the hourly cap on receipts", () => {
  it("is 100 unless RECEIPTS_PER_HOUR says otherwise", () => {
    expect(receiptsPerHour(undefined)).toBe(100);
    expect(receiptsPerHour("")).toBe(100);
    expect(receiptsPerHour("250")).toBe(250);
  });
  it("can be switched off with 0", () => {
    expect(receiptsPerHour("0")).toBe(0);
  });
  it("falls back to the default for a value that is not a whole, non-negative number", () => {
    expect(receiptsPerHour("veel")).toBe(100);
    expect(receiptsPerHour("-5")).toBe(100);
    expect(receiptsPerHour("2.5")).toBe(100);
  });
  it("refuses a receipt once the cap is reached within the hour, counting receipts only, and allows it an hour later", () => {
    process.env.RECEIPTS_PER_HOUR = "2";
    try {
      expect(mayQueueReceipt()).toBe(true);
      enqueueMail(receipt);
      enqueueMail({ ...receipt, kind: "notification" });
      expect(mayQueueReceipt()).toBe(true);
      enqueueMail(receipt);
      expect(mayQueueReceipt()).toBe(false);
      expect(mayQueueReceipt(new Date(Date.now() + 61 * 60_000))).toBe(true);
    } finally {
      delete process.env.RECEIPTS_PER_HOUR;
    }
  });
});
