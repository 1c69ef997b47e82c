import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

// A fresh, migrated database file for this file's tests (db() opens DATABASE_PATH on first use).
process.env.DATABASE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "outbox-test-")), "test.db");
const outboxQueries = await import("./outbox");
const { db } = await import("../client");
const { outbox } = await import("../schema");
const { claimDueMail, countMailQueuedSince, enqueueMail, markMailNotSent, markMailSent, requeueFailedMail, listFailedMail } = outboxQueries;

const t0 = new Date(Date.UTC(2026, 10, 28, 12));
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const lease = (from: number) => at(from + 300);
const claim = (now: number) => claimDueMail({ due: at(now), now: at(now), leaseUntil: lease(now) });
const mail = (n: number) => ({ kind: "receipt" as const, to: `lezer-${n}@example.org`, subject: "Onderwerp", text: "Tekst" });

beforeAll(() => db());
beforeEach(() => {
  db().delete(outbox).run();
  for (const n of [1, 2]) db().insert(outbox).values({ ...mail(n), nextAttemptAt: t0, createdAt: t0 }).run();
});

describe("claiming mail from the outbox", () => {
  it("gives two senders asking at the same time different mails, and a third none", () => {
    const first = claim(0);
    const second = claim(0);
    expect(first?.id).toBeDefined();
    expect(second?.id).toBeDefined();
    expect(second!.id).not.toBe(first!.id);
    expect(claim(0)).toBeUndefined();
  });

  it("counts the attempt in the claim itself, so concurrent failures cannot overwrite each other's count", () => {
    expect(claim(0)?.attempts).toBe(1);
    const again = claim(301); // both leases ran out: claimed again
    expect(again?.attempts).toBe(2);
  });

  it("does not hand out a claimed mail again before its lease ends, even when it is due", () => {
    const first = claim(0)!;
    claim(0);
    expect(claim(299)).toBeUndefined();
    expect(claim(300)?.id).toBe(first.id);
  });

  it("never hands out a sent mail again", () => {
    const first = claim(0)!;
    markMailSent({ id: first.id, reply: "250 Ok" });
    expect(claim(400)?.id).not.toBe(first.id);
    expect(claim(400)).toBeUndefined();
  });

  it("keeps the outcome of the current sender when a sender whose lease ran out reports a failure late", () => {
    const first = claim(0)!;
    claim(0);
    const second = claim(300)!; // the first lease ran out and someone else took the mail
    expect(second.id).toBe(first.id);
    markMailNotSent({ id: first.id, leaseUntil: lease(0), nextAttemptAt: null, error: "EENVELOPE", reply: "550 late" });
    markMailSent({ id: second.id, reply: "250 Ok" });
    const row = db().select().from(outbox).all().find((r) => r.id === first.id)!;
    expect(row).toMatchObject({ failedAt: null, lastReply: "250 Ok" });
    expect(row.sentAt).not.toBeNull();
  });

  it("does not retry failed mail until it is put back in the queue, then with a fresh count", () => {
    const first = claim(0)!;
    markMailNotSent({ id: first.id, leaseUntil: lease(0), nextAttemptAt: null, error: "EENVELOPE", reply: "550 [adres]: User unknown" });
    markMailSent({ id: claim(0)!.id, reply: "250 Ok" });
    expect(claim(10_000)).toBeUndefined();
    expect(listFailedMail({ scope: { all: true }, limit: 10 }).map((m) => m.id)).toEqual([first.id]);

    expect(requeueFailedMail({ id: first.id, scope: { none: true } })).toBeUndefined();
    expect(requeueFailedMail({ id: first.id, scope: { all: true } })).toEqual({ questionId: null });
    expect(requeueFailedMail({ id: first.id, scope: { all: true } })).toBeUndefined(); // no longer failed
    const soon = new Date(Date.now() + 1000); // put back as due now, on the real clock
    expect(claimDueMail({ due: soon, now: soon, leaseUntil: new Date(soon.getTime() + 300_000) })).toMatchObject({ id: first.id, attempts: 1 });
  });

  it("retries a temporary failure only at its next attempt time", () => {
    const first = claim(0)!;
    claim(0);
    markMailNotSent({ id: first.id, leaseUntil: lease(0), nextAttemptAt: at(60), error: "ESOCKET", reply: null });
    expect(claim(59)).toBeUndefined();
    expect(claim(60)?.id).toBe(first.id);
  });
});

describe("counting queued receipts", () => {
  it("counts only receipts queued since the given time", () => {
    enqueueMail({ ...mail(3), kind: "notification" });
    enqueueMail(mail(4));
    expect(countMailQueuedSince({ kind: "receipt", since: at(1) })).toBe(1);
    expect(countMailQueuedSince({ kind: "receipt", since: t0 })).toBe(3);
  });
});
