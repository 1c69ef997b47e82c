import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { deletePerson, getPerson, insertPerson, personReferenced, personSlugTaken, updatePerson, userLinkedElsewhere } from "@/db/queries/people";
import { getMedia } from "@/db/queries/media";
import { postsNamingPerson } from "@/db/queries/search";
import { getUser } from "@/db/queries/users";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { changePublicContent } from "@/lib/posts/public-changes";
import { slugify } from "@/lib/slugs";
import type { PersonInput } from "./person-schema";

export type PersonResult = { ok: true; id: number } | { ok: false; field?: string; message: string };

function uniquePersonSlug(name: string): string {
  const base = slugify(name) || "medewerker";
  let slug = base;
  for (let n = 2; personSlugTaken({ slug }); n++) slug = `${base}-${n}`;
  return slug;
}

/**
 * Creates or updates a staff-directory entry; the slug is fixed at creation so staff URLs stay stable.
 * The account link decides whose inbox a person's questions reach, so only admins change it.
 * Throws DatabaseBusyError when the database stays locked; then nothing changed.
 */
export async function savePerson(input: PersonInput, actor: CurrentUser): Promise<PersonResult> {
  const existing = input.id ? getPerson({ id: input.id }) : null;
  if (input.id && !existing) return { ok: false, message: "Deze medewerker bestaat niet meer." };
  const linkChanges = (existing?.userId ?? null) !== input.userId;
  if (linkChanges && !can(actor, "user.manage")) {
    return { ok: false, field: "userId", message: "Alleen een beheerder kan een account aan een medewerker koppelen." };
  }
  if (input.userId && !getUser({ id: input.userId })) return { ok: false, field: "userId", message: "Dit account bestaat niet meer." };
  if (input.userId && userLinkedElsewhere({ userId: input.userId, personId: input.id })) {
    return { ok: false, field: "userId", message: "Dit account is al aan een andere medewerker gekoppeld." };
  }
  if (input.photoId && !getMedia({ id: input.photoId })) return { ok: false, field: "photoId", message: "Deze foto bestaat niet meer." };
  const values = {
    name: input.name,
    jobTitle: input.jobTitle,
    email: input.email || null,
    phone: input.phone || null,
    bio: input.bio,
    photoId: input.photoId,
    userId: input.userId,
    active: input.active,
  };
  // Names are searchable on the posts they appear on; names and job titles show on contact cards and staff pages.
  const id = await changePublicContent(() => {
    // Checked again inside the transaction, so two saves cannot link one account to two people.
    if (input.userId && userLinkedElsewhere({ userId: input.userId, personId: input.id })) return { result: null, postIds: [], visible: false };
    let saved: number;
    if (input.id) {
      updatePerson({ id: input.id }, values);
      saved = input.id;
    } else {
      saved = insertPerson({ ...values, slug: uniquePersonSlug(input.name) }).id;
    }
    const renamed = existing !== null && existing.name !== input.name;
    return { result: saved, postIds: renamed ? postsNamingPerson({ personId: saved }) : [], visible: true };
  });
  if (id === null) return { ok: false, field: "userId", message: "Dit account is al aan een andere medewerker gekoppeld." };
  recordAudit({
    action: input.id ? "person.updated" : "person.created",
    userId: actor.id,
    targetType: "person",
    targetId: id,
    detail: linkChanges ? { accountBefore: existing?.userId ?? null, accountAfter: input.userId } : undefined,
  });
  return { ok: true, id };
}

/** Deletes a person nobody refers to; people named on posts or questions can only be made inactive. */
export async function deletePersonEntry(id: number, actor: CurrentUser): Promise<PersonResult> {
  if (!getPerson({ id })) return { ok: false, message: "Deze medewerker bestaat niet meer." };
  // Checked and deleted in one transaction, so nobody can name the person on a post in between.
  const deleted = await changePublicContent(() => {
    if (personReferenced({ id })) return { result: false, postIds: [], visible: false };
    deletePerson({ id });
    return { result: true, postIds: [], visible: true };
  });
  if (!deleted) {
    return { ok: false, message: "Deze medewerker staat bij berichten of vragen en kan niet worden verwijderd. Maak hem of haar inactief." };
  }
  recordAudit({ action: "person.deleted", userId: actor.id, targetType: "person", targetId: id });
  return { ok: true, id };
}
