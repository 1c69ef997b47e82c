import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { getPerson, insertPerson, personSlugTaken, updatePerson, userLinkedElsewhere } from "@/db/queries/people";
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

/** Creates or updates a staff-directory entry; the slug is fixed at creation so staff URLs stay stable. */
export function savePerson(input: PersonInput, actorId: number): PersonResult {
  if (input.id && !getPerson({ id: input.id })) return { ok: false, message: "Deze medewerker bestaat niet meer." };
  if (input.userId && userLinkedElsewhere({ userId: input.userId, personId: input.id })) {
    return { ok: false, field: "userId", message: "Dit account is al aan een andere medewerker gekoppeld." };
  }
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
  recordAudit({ action: input.id ? "person.updated" : "person.created", userId: actorId, targetType: "person", targetId: id });
  // Names and job titles appear on contact cards and staff pages.
  refreshPublicPages();
  return { ok: true, id };
}
