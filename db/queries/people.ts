import "server-only";
import { and, asc, eq, isNull, ne, or } from "drizzle-orm";
import { db } from "../client";
import { media, people, postCoauthors, posts, questions, users } from "../schema";

export function listPeople() {
  return db()
    .select({ id: people.id, slug: people.slug, name: people.name, jobTitle: people.jobTitle, email: people.email, active: people.active, userName: users.name })
    .from(people)
    .leftJoin(users, eq(people.userId, users.id))
    .orderBy(asc(people.name))
    .all();
}

export function getPerson({ id }: { id: number }) {
  return db().select().from(people).where(eq(people.id, id)).get() ?? null;
}

type PersonValues = Omit<typeof people.$inferInsert, "id" | "createdAt" | "updatedAt">;

export function insertPerson(values: PersonValues) {
  return db().insert(people).values(values).returning({ id: people.id }).get();
}

export function updatePerson({ id }: { id: number }, values: Omit<PersonValues, "slug">) {
  db().update(people).set(values).where(eq(people.id, id)).run();
}

export function personSlugTaken({ slug }: { slug: string }): boolean {
  return Boolean(db().select({ id: people.id }).from(people).where(eq(people.slug, slug)).get());
}

/** Named on a post or addressed by a question: such a person can only be made inactive, never deleted. */
export function personReferenced({ id }: { id: number }): boolean {
  const asContact = db().select({ id: posts.id }).from(posts).where(eq(posts.contactPersonId, id)).get();
  const asCoauthor = db().select({ id: postCoauthors.postId }).from(postCoauthors).where(eq(postCoauthors.personId, id)).get();
  const asRecipient = db().select({ id: questions.id }).from(questions).where(eq(questions.recipientId, id)).get();
  return Boolean(asContact || asCoauthor || asRecipient);
}

export function deletePerson({ id }: { id: number }): void {
  db().delete(people).where(eq(people.id, id)).run();
}

/** Accounts that can be linked to this person: not linked to anyone else. */
export function listLinkableUsers({ personId }: { personId: number | null }) {
  return db()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .leftJoin(people, eq(people.userId, users.id))
    .where(or(isNull(people.id), personId ? eq(people.id, personId) : undefined))
    .orderBy(asc(users.name))
    .all();
}

export function userLinkedElsewhere({ userId, personId }: { userId: number; personId: number | null }): boolean {
  return Boolean(
    db()
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.userId, userId), personId ? ne(people.id, personId) : undefined))
      .get(),
  );
}

/** A person who can receive questions, if they exist and are active. */
/** An active person who can receive questions, with the login (if any, and not disabled) linked to them. */
export function getActiveRecipient({ id }: { id: number }) {
  return (
    db()
      .select({ id: people.id, name: people.name, slug: people.slug, email: people.email, accountEmail: users.email })
      .from(people)
      .leftJoin(users, and(eq(people.userId, users.id), eq(users.disabled, false)))
      .where(and(eq(people.id, id), eq(people.active, true)))
      .get() ?? null
  );
}

export function listActivePeople() {
  return db()
    .select({ id: people.id, slug: people.slug, name: people.name, jobTitle: people.jobTitle })
    .from(people)
    .where(eq(people.active, true))
    .orderBy(asc(people.name))
    .all();
}

/** An active person for the public site, with their photo. */
export function getPersonBySlug({ slug }: { slug: string }) {
  return (
    db()
      .select({ id: people.id, slug: people.slug, name: people.name, jobTitle: people.jobTitle, bio: people.bio, photoKey: media.storageKey, photoAlt: media.alt })
      .from(people)
      .leftJoin(media, eq(people.photoId, media.id))
      .where(and(eq(people.slug, slug), eq(people.active, true)))
      .get() ?? null
  );
}

/** Active people with their photo, for the public staff pages. */
export function listStaffDirectory() {
  return db()
    .select({ id: people.id, slug: people.slug, name: people.name, jobTitle: people.jobTitle, bio: people.bio, photoKey: media.storageKey, photoAlt: media.alt })
    .from(people)
    .leftJoin(media, eq(people.photoId, media.id))
    .where(eq(people.active, true))
    .orderBy(asc(people.name))
    .all();
}

export function linkPersonToUser({ personId, userId }: { personId: number; userId: number }): void {
  db().update(people).set({ userId }).where(eq(people.id, personId)).run();
}
