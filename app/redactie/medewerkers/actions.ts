"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { recordAudit } from "@/db/queries/audit";
import { deletePerson, getPerson, personReferenced } from "@/db/queries/people";
import { inWriteTransaction } from "@/db/queries/transaction";
import { defineAction, invalid, typedValues } from "@/lib/actions/define-action";
import { personSchema } from "@/lib/people/person-schema";
import { savePerson } from "@/lib/people/save-person";
import { refreshPublicPages } from "@/lib/posts/public-cache";

export const savePersonAction = defineAction({
  permission: "person.manage",
  schema: personSchema,
  handler: async ({ data, user, formData }) => {
    const result = await savePerson(data, user);
    if (!result.ok) return result.field ? invalid(formData, { [result.field]: result.message }) : { status: "error", message: result.message };
    if (!data.id) redirect(`/redactie/medewerkers/${result.id}?opgeslagen=1`);
    return { status: "success", message: "De medewerker is opgeslagen.", values: typedValues(formData) };
  },
});

export const deletePersonAction = defineAction({
  permission: "person.manage",
  schema: z.object({ id: z.coerce.number().int().positive() }),
  handler: async ({ data, user }) => {
    if (!getPerson({ id: data.id })) return { status: "error", message: "Deze medewerker bestaat niet meer." };
    if (personReferenced({ id: data.id })) {
      return { status: "error", message: "Deze medewerker staat bij berichten of vragen en kan niet worden verwijderd. Maak hem of haar inactief." };
    }
    await inWriteTransaction(() => deletePerson({ id: data.id }));
    recordAudit({ action: "person.deleted", userId: user.id, targetType: "person", targetId: data.id });
    refreshPublicPages();
    redirect("/redactie/medewerkers?verwijderd=1");
  },
});
