import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

// A fresh, migrated database file for this file's tests (db() opens DATABASE_PATH on first use).
process.env.DATABASE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "newsletter-test-")), "test.db");
const { db } = await import("../client");
const issues = await import("./newsletter-issues");
const { claimDueMail, enqueueMail } = await import("./outbox");
const subscribers = await import("./subscribers");
const { outbox } = await import("../schema");

const now = new Date(Date.UTC(2026, 10, 28, 12));
const consent = { consentText: "Ja", consentSource: "test", consentAt: now };
const newIssue = () => issues.insertIssue({ subject: "Editie", postIds: [], periodStart: now, periodEnd: now, createdById: null });
const newsletterMail = (issueId: number, subscriberId: number) => ({ kind: "newsletter" as const, to: `s${subscriberId}@example.org`, subject: "Editie", text: "Tekst", issueId, subscriberId });

const eqId = (id: number) => eq(outbox.id, id);

beforeAll(() => db());

describe("sending an issue", () => {
  it("can be claimed for sending once; a second click or tick gets nothing", () => {
    const id = newIssue();
    expect(issues.claimIssueForSending({ id, now })?.status).toBe("sent");
    expect(issues.claimIssueForSending({ id, now })).toBeNull();
    expect(issues.updateIssue({ id, subject: "Later gewijzigd" })).toBe(false);
  });

  it("cannot be queued twice for the same subscriber", () => {
    const id = newIssue();
    const subscriberId = subscribers.insertSubscriber({ email: "dubbel@example.org", sectionIds: [], ipHash: null, status: "confirmed", ...consent });
    enqueueMail(newsletterMail(id, subscriberId));
    expect(() => enqueueMail(newsletterMail(id, subscriberId))).toThrow(/UNIQUE/);
  });

  it("counts progress as sent, queued and failed", () => {
    const id = newIssue();
    const ids = ["a", "b", "c"].map((n) => subscribers.insertSubscriber({ email: `voortgang-${n}@example.org`, sectionIds: [], ipHash: null, status: "confirmed", ...consent }));
    for (const s of ids) enqueueMail(newsletterMail(id, s));
    const rows = db().select().from(outbox).all().filter((r) => r.issueId === id);
    db().update(outbox).set({ sentAt: now }).where(eqId(rows[0]!.id)).run();
    db().update(outbox).set({ failedAt: now }).where(eqId(rows[1]!.id)).run();
    expect(issues.issueProgress({ id })).toEqual({ sent: 1, queued: 1, failed: 1 });
  });
});

describe("leaving", () => {
  it("drops the subscriber's queued newsletter mail at once, and cannot be undone by a later edit of sections", () => {
    const id = newIssue();
    const subscriberId = subscribers.insertSubscriber({ email: "weg@example.org", sectionIds: [], ipHash: null, status: "confirmed", ...consent });
    enqueueMail(newsletterMail(id, subscriberId));
    expect(subscribers.unsubscribe({ id: subscriberId, now })).toBe(true);
    expect(db().select().from(outbox).all().filter((r) => r.subscriberId === subscriberId)).toEqual([]);
    expect(subscribers.updateSubscriberSections({ id: subscriberId, sectionIds: [1] })).toBe(false);
    expect(subscribers.listConfirmedSubscribers().map((s) => s.id)).not.toContain(subscriberId);
  });
});

describe("the newsletter rate", () => {
  it("a sender out of newsletter budget passes newsletter mail by and still sends other mail", () => {
    db().delete(outbox).run();
    const id = newIssue();
    const subscriberId = subscribers.insertSubscriber({ email: "tempo@example.org", sectionIds: [], ipHash: null, status: "confirmed", ...consent });
    enqueueMail(newsletterMail(id, subscriberId));
    enqueueMail({ kind: "receipt", to: "lezer@example.org", subject: "Ontvangen", text: "Tekst" });
    const claim = () => claimDueMail({ due: new Date(), now: new Date(), leaseUntil: new Date(Date.now() + 300_000), skipKinds: ["newsletter"] });
    expect(claim()?.kind).toBe("receipt");
    expect(claim()).toBeUndefined();
  });
});
