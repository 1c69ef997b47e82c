import "server-only";
import { and, asc, count, eq, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import { db } from "../client";
import { outbox, subscribers, type SubscriberStatus } from "../schema";

export type Subscriber = typeof subscribers.$inferSelect;
export type Consent = { consentText: string; consentSource: string; consentAt: Date };

export function getSubscriber({ id }: { id: number }): Subscriber | null {
  return db().select().from(subscribers).where(eq(subscribers.id, id)).get() ?? null;
}

export function findSubscriberByEmail({ email }: { email: string }): Subscriber | null {
  return db().select().from(subscribers).where(eq(subscribers.email, email.toLowerCase())).get() ?? null;
}

export function insertSubscriber(input: { email: string; sectionIds: number[]; ipHash: string | null; status?: SubscriberStatus; confirmedAt?: Date | null } & Consent): number {
  return db().insert(subscribers).values({ ...input, email: input.email.toLowerCase() }).returning({ id: subscribers.id }).get().id;
}

/** A former (or never confirmed) subscriber signs up again: a fresh consent, confirmed only by its new link. */
export function restartSubscription({ id, sectionIds, ipHash, ...consent }: { id: number; sectionIds: number[]; ipHash: string | null } & Consent): void {
  db()
    .update(subscribers)
    .set({ status: "pending", sectionIds, ipHash, ...consent, confirmedAt: null, unsubscribedAt: null, updatedAt: new Date() })
    .where(and(eq(subscribers.id, id), inArray(subscribers.status, ["pending", "unsubscribed"])))
    .run();
}

/** Pending becomes confirmed; true only for the click that did it. */
export function confirmSubscriber({ id, now }: { id: number; now: Date }): boolean {
  const row = db()
    .update(subscribers)
    .set({ status: "confirmed", confirmedAt: now, updatedAt: now })
    .where(and(eq(subscribers.id, id), eq(subscribers.status, "pending")))
    .returning({ id: subscribers.id })
    .get();
  return Boolean(row);
}

/** Leaves at once: the status changes and newsletter mail still waiting for this subscriber is dropped. */
export function unsubscribe({ id, now }: { id: number; now: Date }): boolean {
  const row = db()
    .update(subscribers)
    .set({ status: "unsubscribed", unsubscribedAt: now, updatedAt: now })
    .where(and(eq(subscribers.id, id), inArray(subscribers.status, ["pending", "confirmed"])))
    .returning({ id: subscribers.id })
    .get();
  db().delete(outbox).where(and(eq(outbox.subscriberId, id), isNull(outbox.sentAt), eq(outbox.kind, "newsletter"))).run();
  return Boolean(row);
}

export function updateSubscriberSections({ id, sectionIds }: { id: number; sectionIds: number[] }): boolean {
  const row = db()
    .update(subscribers)
    .set({ sectionIds, updatedAt: new Date() })
    .where(and(eq(subscribers.id, id), eq(subscribers.status, "confirmed")))
    .returning({ id: subscribers.id })
    .get();
  return Boolean(row);
}

export function listConfirmedSubscribers(): Pick<Subscriber, "id" | "email" | "sectionIds">[] {
  return db()
    .select({ id: subscribers.id, email: subscribers.email, sectionIds: subscribers.sectionIds })
    .from(subscribers)
    .where(eq(subscribers.status, "confirmed"))
    .orderBy(asc(subscribers.id))
    .all();
}

export function countSubscribersByStatus(): Record<SubscriberStatus, number> {
  const rows = db().select({ status: subscribers.status, n: count() }).from(subscribers).groupBy(subscribers.status).all();
  const counts: Record<SubscriberStatus, number> = { pending: 0, confirmed: 0, unsubscribed: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** Whether this subscriber was sent a sign-up mail (confirmation or "already subscribed") since `since`. */
export function hadSubscriptionMailSince({ subscriberId, since }: { subscriberId: number; since: Date }): boolean {
  const row = db()
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.subscriberId, subscriberId), eq(outbox.kind, "subscription"), gte(outbox.createdAt, since)))
    .limit(1)
    .get();
  return Boolean(row);
}

/** Sign-ups never confirmed are forgotten after their link expired (the retention job). */
export function deletePendingSubscribersBefore({ before }: { before: Date }): number {
  return db().delete(subscribers).where(and(eq(subscribers.status, "pending"), lt(subscribers.consentAt, before))).run().changes;
}

/** Every subscriber with their recorded consent, for the admins' CSV export. */
export function listSubscribersForExport(): Subscriber[] {
  return db().select().from(subscribers).orderBy(asc(subscribers.id)).all();
}

/** Imported addresses arrive confirmed, with the consent source the admin named; existing addresses are left as they are (an unsubscribed person stays unsubscribed). */
export function importSubscribers({ rows, consent }: { rows: { email: string; sectionIds: number[] }[]; consent: Consent }): { added: number; skipped: number } {
  let added = 0;
  for (const row of rows) {
    const inserted = db()
      .insert(subscribers)
      .values({ email: row.email.toLowerCase(), sectionIds: row.sectionIds, status: "confirmed", confirmedAt: consent.consentAt, ipHash: null, ...consent })
      .onConflictDoNothing({ target: subscribers.email })
      .run();
    added += inserted.changes;
  }
  return { added, skipped: rows.length - added };
}

/** The privacy lookup: the subscription of one address (there is at most one). */
export function findSubscriberDataForEmail({ email }: { email: string }): Subscriber | null {
  return findSubscriberByEmail({ email });
}

/** Erases the subscription of one address; its queued mail goes with it (cascade). */
export function eraseSubscriberForEmail({ email }: { email: string }): number {
  return db().delete(subscribers).where(eq(subscribers.email, sql`lower(${email})`)).run().changes;
}
