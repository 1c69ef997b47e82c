import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { deletePerson, getPerson, insertPerson, personReferenced, personSlugTaken, updatePerson, userLinkedElsewhere } from "@/db/queries/people";
import { getMedia } from "@/db/queries/media";
import { postsNamingPerson } from "@/db/queries/search";
import { getUser } from "@/db/queries/users";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { publicContentChanged } from "@/lib/posts/public-changes";
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
 */
export function savePerson(input: PersonInput, actor: CurrentUser): PersonResult {
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
  let id: number;
  if (input.id) {
    updatePerson({ id: input.id }, values);
    id = input.id;
  } else {
    id = insertPerson({ ...values, slug: uniquePersonSlug(input.name) }).id;
  }
  recordAudit({
    action: input.id ? "person.updated" : "person.created",
    userId: actor.id,
    targetType: "person",
    targetId: id,
    detail: linkChanges ? { accountBefore: existing?.userId ?? null, accountAfter: input.userId } : undefined,
  });
  // Names are searchable on the posts they appear on; names and job titles show on contact cards and staff pages.
  publicContentChanged({ postIds: existing && existing.name !== input.name ? postsNamingPerson({ personId: id }) : [] });
  return { ok: true, id };
}

/** Deletes a person nobody refers to; people named on posts or questions can only be made inactive. */
export function deletePersonEntry(id: number, actor: CurrentUser): PersonResult {
  if (!getPerson({ id })) return { ok: false, message: "Deze medewerker bestaat niet meer." };
  if (personReferenced({ id })) {
    return { ok: false, message: "Deze medewerker staat bij berichten of vragen en kan niet worden verwijderd. Maak hem of haar inactief." };
  }
  deletePerson({ id });
  recordAudit({ action: "person.deleted", userId: actor.id, targetType: "person", targetId: id });
  publicContentChanged({ postIds: [] });
  return { ok: true, id };
}
