import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewsletterIssueForm } from "@/components/redactie/newsletter-issue-form";
import { NewsletterProgress } from "@/components/redactie/newsletter-progress";
import { ScheduleIssueForm } from "@/components/redactie/schedule-issue-form";
import { ActionForm } from "@/components/ui/action-form";
import { DateTime } from "@/components/ui/date-time";
import { getIssue, issueProgress, listIssueItems } from "@/db/queries/newsletter-issues";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { previewIssue } from "@/lib/newsletter/issues";
import { ISSUE_STATUS_LABELS } from "@/lib/newsletter/labels";
import { KIND_LABELS } from "@/lib/post-meta";
import { sendNowAction, sendTestAction, unscheduleAction } from "../actions";
import "@/app/styles/newsletter-dashboard.css";

export const metadata: Metadata = { title: "Nieuwsbrief bewerken" };

const NOTICES: Record<string, string> = {
  opgeslagen: "Opgeslagen.",
  test: "De testmail staat klaar en gaat naar uw eigen e-mailadres.",
  verzonden: "De nieuwsbrief is verstuurd naar de wachtrij; hieronder ziet u de voortgang.",
  ingepland: "De nieuwsbrief is ingepland.",
};

export default async function NewsletterIssuePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  await requirePermission("newsletter.manage", `/redactie/nieuwsbrief/${id}`);
  const issue = /^\d{1,9}$/.test(id) ? getIssue({ id: Number(id) }) : null;
  if (!issue) notFound();
  const query = await searchParams;
  const notice = Object.keys(NOTICES).find((key) => query[key] !== undefined);
  const items = listIssueItems({ postIds: issue.postIds });
  const editable = issue.status === "draft" || issue.status === "scheduled";
  const preview = await previewIssue(issue);
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">{issue.subject}</h1>
        <Link href="/redactie/nieuwsbrief">Terug naar de nieuwsbrief</Link>
      </div>
      <p className="page-intro">
        {ISSUE_STATUS_LABELS[issue.status]}
        {issue.status === "scheduled" && issue.scheduledAt && (
          <>
            {" "}
            voor <DateTime value={issue.scheduledAt} withTime />
          </>
        )}
        {issue.sentAt && (
          <>
            {" "}
            op <DateTime value={issue.sentAt} withTime />
          </>
        )}
        . Berichten van {formatDate(issue.periodStart)} tot en met {formatDate(issue.periodEnd)}.
      </p>
      {notice && (
        <p className="form-summary form-summary--success" role="status">
          {NOTICES[notice]}
        </p>
      )}
      {issue.status === "sent" && (
        <p>
          Voortgang: <NewsletterProgress {...issueProgress({ id: issue.id })} />. <Link href={`/nieuwsbrief/${issue.id}`}>Bekijk in het archief</Link>
        </p>
      )}
      {editable && (
        <NewsletterIssueForm
          id={issue.id}
          subject={issue.subject}
          intro={issue.intro}
          items={items.map((item) => ({ id: item.id, title: item.title, meta: `${KIND_LABELS[item.kind]} · ${item.sectionName}` }))}
        />
      )}
      <section aria-labelledby="voorbeeld-titel" className="panel">
        <h2 id="voorbeeld-titel">Voorbeeld</h2>
        <p>
          <a href={`/redactie/nieuwsbrief/${issue.id}/voorbeeld`} target="_blank" rel="noopener">
            Bekijk als e-mail (HTML, opent in een nieuw tabblad)
          </a>
        </p>
        <h3>Platte tekst</h3>
        <pre className="newsletter-plain-text" tabIndex={0} aria-label="De nieuwsbrief als platte tekst">
          {preview.text}
        </pre>
        <ActionForm action={sendTestAction} submitLabel="Testmail naar mij sturen">
          <input type="hidden" name="id" value={issue.id} />
        </ActionForm>
      </section>
      {editable && (
        <section aria-labelledby="versturen-titel" className="panel">
          <h2 id="versturen-titel">Versturen</h2>
          <p>Alleen bevestigde abonnees ontvangen de nieuwsbrief, ieder één keer.</p>
          <ActionForm action={sendNowAction} submitLabel="Nu versturen">
            <input type="hidden" name="id" value={issue.id} />
          </ActionForm>
          {issue.status === "scheduled" ? (
            <ActionForm action={unscheduleAction} submitLabel="Planning intrekken" quiet>
              <input type="hidden" name="id" value={issue.id} />
            </ActionForm>
          ) : (
            <ScheduleIssueForm id={issue.id} />
          )}
        </section>
      )}
    </>
  );
}
