"use server";

import { redirect } from "next/navigation";
import { z } from "@/lib/zod";
import { defineAction, invalid, typedValues } from "@/lib/actions/define-action";
import { personSchema } from "@/lib/people/person-schema";
import { deletePersonEntry, savePerson } from "@/lib/people/person-entries";

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
    const result = await deletePersonEntry(data.id, user);
    if (!result.ok) return { status: "error", message: result.message };
    redirect("/redactie/medewerkers?verwijderd=1");
  },
});
