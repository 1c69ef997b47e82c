"use server";

import { redirect } from "next/navigation";
import { z } from "@/lib/zod";
import { emailAddress } from "@/lib/validation/text-fields";
import { defineAction } from "@/lib/actions/define-action";
import type { PrivacyLookupState } from "@/lib/questions/privacy-lookup-state";
import { erasePersonalData, personalDataSummary } from "@/lib/questions/personal-data";

// The address travels in the body of a POST, never in a URL (where it would land in logs and browser history).
const emailSchema = z.object({
  email: emailAddress(),
});

export const lookupAction = defineAction<typeof emailSchema, PrivacyLookupState>({
  permission: "question.readAny",
  schema: emailSchema,
  handler: async ({ data, user }) => ({ status: "success", values: { email: data.email }, found: personalDataSummary(user, data.email) }),
});

export const eraseAction = defineAction({
  permission: "question.readAny",
  schema: emailSchema,
  handler: async ({ data, user }) => {
    const erased = await erasePersonalData(user, data.email);
    redirect(`/redactie/vragen/privacy?gewist=${erased}`);
  },
});
