import "server-only";
import { and, asc, count, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { db } from "../client";
import { passkeys, recoveryCodes, users } from "../schema";

/** What second factors an account has; the TOTP secret only as stored (sealed). */
export function getSecondFactor({ userId }: { userId: number }) {
  const user = db()
    .select({ totpSecret: users.totpSecret, totpEnabledAt: users.totpEnabledAt, totpLastStep: users.totpLastStep })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return null;
  const passkeyCount = db().select({ n: count() }).from(passkeys).where(eq(passkeys.userId, userId)).get()?.n ?? 0;
  const recoveryLeft = db()
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .get()?.n ?? 0;
  return { ...user, totpEnabled: user.totpEnabledAt !== null, passkeyCount, recoveryLeft };
}

/** Whether the account has TOTP enabled or at least one passkey (recovery codes alone are no factor). */
export function hasSecondFactor({ userId }: { userId: number }): boolean {
  const row = db()
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, userId),
        or(isNotNull(users.totpEnabledAt), sql`exists (select 1 from ${passkeys} where ${passkeys.userId} = ${users.id})`),
      ),
    )
    .get();
  return Boolean(row);
}

/** Keeps a new secret until a code proves the app has it; never replaces an enabled one. */
export function storePendingTotpSecret({ userId, sealed }: { userId: number; sealed: string }): boolean {
  const row = db()
    .update(users)
    .set({ totpSecret: sealed, totpLastStep: null })
    .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)))
    .returning({ id: users.id })
    .get();
  return Boolean(row);
}

/** Turns the pending secret on, with the step of the code that confirmed it as the last one used. */
export function enableTotp({ userId, step }: { userId: number; step: number }): boolean {
  const row = db()
    .update(users)
    .set({ totpEnabledAt: new Date(), totpLastStep: step })
    .where(and(eq(users.id, userId), isNotNull(users.totpSecret), isNull(users.totpEnabledAt)))
    .returning({ id: users.id })
    .get();
  return Boolean(row);
}

/** Records a TOTP step as used, in one statement: false when it (or a later one) was used already. */
export function acceptTotpStep({ userId, step }: { userId: number; step: number }): boolean {
  const row = db()
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), isNotNull(users.totpEnabledAt), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id })
    .get();
  return Boolean(row);
}

export function clearTotp({ userId }: { userId: number }): void {
  db().update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, userId)).run();
}

/** The account's recovery codes become exactly these (hashes); earlier ones stop working. */
export function replaceRecoveryCodes({ userId, hashes }: { userId: number; hashes: string[] }): void {
  db().delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  if (hashes.length) db().insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash }))).run();
}

/** Uses up an unused recovery code in one statement, so a code works once even when sent twice at once. */
export function useRecoveryCode({ userId, hash }: { userId: number; hash: string }): boolean {
  const row = db()
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id })
    .get();
  return Boolean(row);
}

const passkeyColumns = { id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt };

export function listPasskeys({ userId }: { userId: number }) {
  return db().select(passkeyColumns).from(passkeys).where(eq(passkeys.userId, userId)).orderBy(asc(passkeys.createdAt)).all();
}

/** For login and for excluding credentials already registered: public key material only. */
export function passkeyCredentials({ userId }: { userId: number }) {
  return db().select({ id: passkeys.id, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, userId)).all();
}

export function findPasskey({ id }: { id: string }) {
  return db().select().from(passkeys).where(eq(passkeys.id, id)).get() ?? null;
}

export function addPasskey(input: { id: string; userId: number; name: string; publicKey: string; counter: number; transports: string[] }): void {
  db().insert(passkeys).values(input).run();
}

export function recordPasskeyUse({ id, counter }: { id: string; counter: number }): void {
  db().update(passkeys).set({ counter, lastUsedAt: new Date() }).where(eq(passkeys.id, id)).run();
}

/** Object-level: only the owner's own passkey; false when there is no such passkey of theirs. */
export function renamePasskey({ userId, id, name }: { userId: number; id: string; name: string }): boolean {
  return Boolean(db().update(passkeys).set({ name }).where(and(eq(passkeys.id, id), eq(passkeys.userId, userId))).returning({ id: passkeys.id }).get());
}

export function removePasskey({ userId, id }: { userId: number; id: string }): { name: string } | undefined {
  return db().delete(passkeys).where(and(eq(passkeys.id, id), eq(passkeys.userId, userId))).returning({ name: passkeys.name }).get();
}

/** An admin's reset: no TOTP, no recovery codes, no passkeys, and every session of the account ends. */
export function resetSecondFactor({ userId }: { userId: number }): void {
  clearTotp({ userId });
  db().delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  db().delete(passkeys).where(eq(passkeys.userId, userId)).run();
  db().update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId)).run();
}
