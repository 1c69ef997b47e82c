"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { erasePersonalData } from "@/lib/questions/personal-data";

export const eraseAction = defineAction({
  permission: "question.readAny",
  schema: z.object({ email: z.string().trim().toLowerCase().pipe(z.email("Vul een geldig e-mailadres in.")) }),
  handler: async ({ data, user }) => {
    const erased = await erasePersonalData(user, data.email);
    redirect(`/redactie/vragen/privacy?gewist=${erased}`);
  },
});
