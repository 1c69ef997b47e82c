import "server-only";
import { and, asc, count, eq, gt, ne, sql } from "drizzle-orm";
import { db } from "../client";
import { people, users, type Role } from "../schema";

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
  sessionVersion: users.sessionVersion,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

export type UserRow = NonNullable<ReturnType<typeof getUser>>;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** For login only: the one query that returns the password hash. */
export function findUserForLogin({ email }: { email: string }) {
  return (
    db()
      .select({ ...publicColumns, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, normaliseEmail(email)))
      .get() ?? null
  );
}

export function getUser({ id }: { id: number }) {
  return db().select(publicColumns).from(users).where(eq(users.id, id)).get() ?? null;
}

/** The signed-in user with the staff-directory entry linked to the account, if any. */
export function getUserWithPerson({ id }: { id: number }) {
  return (
    db()
      .select({ ...publicColumns, personId: people.id })
      .from(users)
      .leftJoin(people, eq(people.userId, users.id))
      .where(eq(users.id, id))
      .get() ?? null
  );
}

export function getPasswordHash({ id }: { id: number }): string | null {
  return db().select({ hash: users.passwordHash }).from(users).where(eq(users.id, id)).get()?.hash ?? null;
}

export function listUsers() {
  return db().select(publicColumns).from(users).orderBy(asc(users.name)).all();
}

export function emailTaken({ email, exceptId }: { email: string; exceptId?: number }): boolean {
  const row = db()
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, normaliseEmail(email)), exceptId ? ne(users.id, exceptId) : undefined))
    .get();
  return Boolean(row);
}

export function createUser(input: { email: string; name: string; role: Role; passwordHash: string | null }) {
  return db()
    .insert(users)
    .values({ ...input, email: normaliseEmail(input.email) })
    .returning(publicColumns)
    .get();
}

/** Changes that must end existing sessions bump the session version in the same statement. */
export function updateUser(
  { id }: { id: number },
  changes: Partial<{ name: string; role: Role; disabled: boolean; passwordHash: string | null }>,
  { endSessions }: { endSessions: boolean },
) {
  return db()
    .update(users)
    .set({ ...changes, ...(endSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}) })
    .where(eq(users.id, id))
    .returning(publicColumns)
    .get();
}

export function setPasswordToken({ id }: { id: number }, tokenHash: string | null, expiresAt: Date | null) {
  db().update(users).set({ passwordTokenHash: tokenHash, passwordTokenExpiresAt: expiresAt }).where(eq(users.id, id)).run();
}

/** Uses up a valid one-time token and returns its user, or null; one statement, so a link works once. */
export function claimPasswordToken({ tokenHash }: { tokenHash: string }): number | null {
  const row = db()
    .update(users)
    .set({ passwordTokenHash: null, passwordTokenExpiresAt: null })
    .where(and(eq(users.passwordTokenHash, tokenHash), gt(users.passwordTokenExpiresAt, new Date()), eq(users.disabled, false)))
    .returning({ id: users.id })
    .get();
  return row?.id ?? null;
}

export function recordLogin({ id }: { id: number }) {
  db().update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, id)).run();
}

// better-sqlite3 is synchronous, so a count and the update after it cannot interleave with another request.
export function countActiveAdmins(): number {
  return db().select({ n: count() }).from(users).where(and(eq(users.role, "admin"), eq(users.disabled, false))).get()?.n ?? 0;
}
