"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { z } from "@/lib/zod";
import { getIssue, scheduleIssue, updateIssue } from "@/db/queries/newsletter-issues";
import { enqueueMail } from "@/db/queries/outbox";
import { inWriteTransaction } from "@/db/queries/transaction";
import { defineAction, typedValues } from "@/lib/actions/define-action";
import { fromAmsterdamInput } from "@/lib/dates";
import { sendDueMail } from "@/lib/mail/send-outbox";
import { editItems, type ItemEdit } from "@/lib/newsletter/issue-items";
import { issueIdSchema, saveIssueSchema, scheduleSchema } from "@/lib/newsletter/issue-schema";
import { draftIssue, queueIssue, testMail } from "@/lib/newsletter/issues";
import { importSubscriberList } from "@/lib/newsletter/subscriber-admin";
import { importSchema } from "@/lib/newsletter/subscriber-csv";

const SENT_ALREADY = "Deze nieuwsbrief is al verstuurd en kan niet meer worden gewijzigd.";
const page = (id: number, query = "") => `/redactie/nieuwsbrief/${id}${query}`;

export const createIssueAction = defineAction({
  permission: "newsletter.manage",
  schema: z.object({}),
  handler: async ({ user }) => {
    const id = await inWriteTransaction(() => draftIssue({ userId: user.id }));
    redirect(page(id));
  },
});

/** Subject, intro and (by the button pressed) one step of ordering; what was typed is saved with every step. */
export const saveIssueAction = defineAction({
  permission: "newsletter.manage",
  schema: saveIssueSchema,
  invalidMessage: "De nieuwsbrief is niet opgeslagen. Controleer de gemarkeerde velden.",
  handler: async ({ data, formData }) => {
    const issue = getIssue({ id: data.id });
    if (!issue) return { status: "error", message: "Deze nieuwsbrief bestaat niet (meer)." };
    const [op, target] = data.op.split(":");
    const postIds = op === "save" ? issue.postIds : editItems(issue.postIds, { op: op as ItemEdit["op"], id: Number(target) });
    const saved = await inWriteTransaction(() => updateIssue({ id: data.id, subject: data.subject, intro: data.intro, postIds }));
    if (!saved) return { status: "error", message: SENT_ALREADY, values: typedValues(formData) };
    redirect(page(data.id, `?opgeslagen=${op}#onderdelen`));
  },
});

export const sendTestAction = defineAction({
  permission: "newsletter.manage",
  schema: issueIdSchema,
  handler: async ({ data, user }) => {
    const issue = getIssue({ id: data.id });
    if (!issue) return { status: "error", message: "Deze nieuwsbrief bestaat niet (meer)." };
    const mail = await testMail(issue, user.email);
    await inWriteTransaction(() => enqueueMail(mail));
    after(() => sendDueMail().catch(() => undefined));
    redirect(page(data.id, "?test=1"));
  },
});

export const sendNowAction = defineAction({
  permission: "newsletter.manage",
  schema: issueIdSchema,
  handler: async ({ data, user }) => {
    const result = await queueIssue({ id: data.id, userId: user.id });
    if (!result) return { status: "error", message: SENT_ALREADY };
    after(() => sendDueMail().catch(() => undefined));
    redirect(page(data.id, "?verzonden=1"));
  },
});

export const scheduleAction = defineAction({
  permission: "newsletter.manage",
  schema: scheduleSchema,
  handler: async ({ data, formData }) => {
    const at = fromAmsterdamInput(data.at);
    if (!at || at.getTime() <= Date.now()) {
      return { status: "error", message: "Kies een moment in de toekomst.", fieldErrors: { at: "Kies een moment in de toekomst." }, values: typedValues(formData) };
    }
    const done = await inWriteTransaction(() => scheduleIssue({ id: data.id, at }));
    if (!done) return { status: "error", message: SENT_ALREADY };
    redirect(page(data.id, "?ingepland=1"));
  },
});

export const unscheduleAction = defineAction({
  permission: "newsletter.manage",
  schema: issueIdSchema,
  handler: async ({ data }) => {
    const done = await inWriteTransaction(() => scheduleIssue({ id: data.id, at: null }));
    if (!done) return { status: "error", message: SENT_ALREADY };
    redirect(page(data.id));
  },
});

const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** Admins only, and only with the source of the subscribers' consent; one transaction, every bad line reported. */
export const importSubscribersAction = defineAction({
  permission: "subscriber.manage",
  schema: importSchema,
  invalidMessage: "Er is niets geïmporteerd. Controleer de gemarkeerde velden.",
  handler: async ({ data, user, formData }) => {
    const values = { consentSource: data.consentSource };
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { status: "error", message: "Er is niets geïmporteerd.", fieldErrors: { file: "Kies een CSV-bestand." }, values };
    if (file.size > MAX_IMPORT_BYTES) return { status: "error", message: "Er is niets geïmporteerd.", fieldErrors: { file: "Het bestand is groter dan 2 MB." }, values };
    const result = await importSubscriberList(user, await file.text(), data.consentSource);
    if (!result.ok) {
      const shown = result.problems.slice(0, 20).map((p) => p.message);
      const more = result.problems.length > 20 ? ` En nog ${result.problems.length - 20} regels.` : "";
      return { status: "error", message: `Er is niets geïmporteerd. ${shown.join(" ")}${more}`, fieldErrors: { file: `${result.problems.length} ${result.problems.length === 1 ? "regel klopt" : "regels kloppen"} niet.` }, values };
    }
    return { status: "success", message: `${result.added} ${result.added === 1 ? "abonnee" : "abonnees"} geïmporteerd; ${result.skipped} ${result.skipped === 1 ? "adres stond" : "adressen stonden"} al op de lijst en ${result.skipped === 1 ? "is" : "zijn"} ongewijzigd gebleven.` };
  },
});
