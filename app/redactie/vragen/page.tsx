import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { z } from "@/lib/zod";
import { DateTime } from "@/components/ui/date-time";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { listActivePeople } from "@/db/queries/people";
import { listQuestionsForInbox } from "@/db/queries/questions";
import { QUESTION_STATUSES } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { questionScope } from "@/lib/auth/scope";
import { requirePermission } from "@/lib/auth/session";
import { failedMailCount } from "@/lib/mail/failed-mail";
import { QUESTION_STATUS_LABELS } from "@/lib/questions/labels";
import { QuestionAge, questionOverdue } from "@/components/redactie/question-age";
import { ReplyTimes } from "@/components/redactie/reply-times";
import { replyTimesPerColleague } from "@/lib/questions/reply-times";
import { getSiteSettings } from "@/lib/settings/site-settings";

export const metadata: Metadata = { title: "Vragen" };

const PAGE_SIZE = 25;
const filterSchema = z.object({
  status: z.enum(QUESTION_STATUSES).optional().catch(undefined),
  voor: z.union([z.literal("general"), z.coerce.number().int().positive()]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("question.readOwn", "/redactie/vragen");
  const raw = await searchParams;
  const filter = filterSchema.parse({ ...raw, status: raw.status || undefined, voor: raw.voor || undefined });
  const seesAll = can(user, "question.readAny");
  const { rows, total } = listQuestionsForInbox({
    scope: questionScope(user),
    status: filter.status,
    filterRecipientId: seesAll ? filter.voor : undefined,
    page: filter.page,
    pageSize: PAGE_SIZE,
  });
  const promised = getSiteSettings().answerWorkingDays;
  const now = new Date();
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Vragen</h1>
        <div className="page-head__links">
          <Link href="/redactie/vragen/mail">Mislukte e-mail ({failedMailCount(user)})</Link>
          {seesAll && <Link href="/redactie/vragen/privacy">Gegevens van een vraagsteller opzoeken</Link>}
        </div>
      </div>
      <form className="filter-bar" method="get" role="search" aria-label="Vragen filteren">
        <FilterSelect id="filter-status" name="status" label="Status" allLabel="Alle" value={filter.status} options={QUESTION_STATUSES.map((s) => ({ value: s, label: QUESTION_STATUS_LABELS[s] }))} />
        {seesAll && (
          <FilterSelect
            id="filter-voor"
            name="voor"
            label="Voor"
            allLabel="Iedereen"
            value={filter.voor}
            options={[{ value: "general", label: "Algemene inbox" }, ...listActivePeople().map((p) => ({ value: p.id, label: p.name }))]}
          />
        )}
        <button type="submit" className="button button--quiet">Filteren</button>
      </form>
      <p aria-live="polite">{total === 1 ? "1 vraag" : `${total} vragen`}</p>
      {rows.length === 0 ? (
        <p>Er zijn geen vragen{filter.status ? " met deze status" : " voor u"}.</p>
      ) : (
        <DataTable caption="Vragen, nieuwste eerst" columns={["Van", "Over", "Voor", "Status", "Ontvangen", "Wacht"]}>
          {rows.map((q) => (
            <tr key={q.id} className={questionOverdue(q, promised, now) ? "question-row--overdue" : undefined}>
              <th scope="row">
                <Link href={`/redactie/vragen/${q.id}`}>{q.name}</Link>
              </th>
              <td>{q.postTitle ?? q.topic ?? "Contactformulier"}</td>
              <td>{q.recipientName ?? "Algemene inbox"}</td>
              <td>{QUESTION_STATUS_LABELS[q.status]}</td>
              <td>
                <DateTime value={q.createdAt} withTime />
              </td>
              <td>
                <QuestionAge status={q.status} createdAt={q.createdAt} promised={promised} now={now} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={filter.page} pageCount={Math.ceil(total / PAGE_SIZE)} basePath="/redactie/vragen" params={{ status: filter.status, voor: filter.voor?.toString() }} />
      {seesAll && <ReplyTimes rows={replyTimesPerColleague(now)} promised={promised} />}
    </>
  );
}
