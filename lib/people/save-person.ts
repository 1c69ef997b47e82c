import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { getPerson, insertPerson, personSlugTaken, updatePerson, userLinkedElsewhere } from "@/db/queries/people";
import { getMedia } from "@/db/queries/media";
import { indexPosts, postsNamingPerson } from "@/db/queries/search";
import { inWriteTransaction } from "@/db/queries/transaction";
import { getUser } from "@/db/queries/users";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { refreshPublicPages } from "@/lib/posts/public-cache";
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
  const id = await inWriteTransaction(() => {
    let saved: number;
    if (input.id) {
      updatePerson({ id: input.id }, values);
      saved = input.id;
    } else {
      saved = insertPerson({ ...values, slug: uniquePersonSlug(input.name) }).id;
    }
    // Names are searchable on the posts they appear on.
    if (existing && existing.name !== input.name) indexPosts({ ids: postsNamingPerson({ personId: saved }) });
    return saved;
  });
  recordAudit({
    action: input.id ? "person.updated" : "person.created",
    userId: actor.id,
    targetType: "person",
    targetId: id,
    detail: linkChanges ? { accountBefore: existing?.userId ?? null, accountAfter: input.userId } : undefined,
  });
  // Names and job titles show on contact cards and staff pages.
  refreshPublicPages();
  return { ok: true, id };
}
