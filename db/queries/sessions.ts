import "server-only";
import { eq, lt } from "drizzle-orm";
import { db } from "../client";
import { endedSessions } from "../schema";

export function endSession({ sid, expiresAt }: { sid: string; expiresAt: Date }): void {
  db().insert(endedSessions).values({ sid, expiresAt }).onConflictDoNothing().run();
}

export function sessionEnded({ sid }: { sid: string }): boolean {
  return db().select({ sid: endedSessions.sid }).from(endedSessions).where(eq(endedSessions.sid, sid)).get() !== undefined;
}

/** Forgets ended sessions that would have expired by now anyway; returns how many. */
export function forgetEndedSessionsBefore({ before }: { before: Date }): number {
  return db().delete(endedSessions).where(lt(endedSessions.expiresAt, before)).run().changes;
}
