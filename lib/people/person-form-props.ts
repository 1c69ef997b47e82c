import "server-only";
import type { PersonFormValues } from "@/components/redactie/person-form";
import { getMedia } from "@/db/queries/media";
import { getPerson, listLinkableUsers } from "@/db/queries/people";
import { can } from "@/lib/auth/permissions";
import { toMediaOption } from "@/lib/media/media-option";
import type { CurrentUser } from "@/lib/auth/session";

export function personFormProps(person: NonNullable<ReturnType<typeof getPerson>> | null, actor: CurrentUser) {
  const values: PersonFormValues = {
    id: person?.id ?? null,
    name: person?.name ?? "",
    jobTitle: person?.jobTitle ?? "",
    email: person?.email ?? "",
    phone: person?.phone ?? "",
    bio: person?.bio ?? "",
    photoId: person?.photoId ?? null,
    userId: person?.userId ?? null,
    active: person?.active ?? true,
  };
  return { person: values, photo: person?.photoId ? toMediaOptionOrNull(person.photoId) : null, users: listLinkableUsers({ personId: person?.id ?? null }), canLinkAccounts: can(actor, "user.manage") };
}

function toMediaOptionOrNull(id: number) {
  const item = getMedia({ id });
  return item ? toMediaOption(item) : null;
}
