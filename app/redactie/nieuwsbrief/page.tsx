import type { Metadata } from "next";
import Link from "next/link";
import { NewsletterProgress } from "@/components/redactie/newsletter-progress";
import { SubscriberImportForm } from "@/components/redactie/subscriber-import-form";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import { issueProgress, listIssues } from "@/db/queries/newsletter-issues";
import { countSubscribersByStatus } from "@/db/queries/subscribers";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { ISSUE_STATUS_LABELS } from "@/lib/newsletter/labels";
import { createIssueAction } from "./actions";

export const metadata: Metadata = { title: "Nieuwsbrief" };

export default async function NewsletterDashboardPage() {
  const user = await requirePermission("newsletter.manage", "/redactie/nieuwsbrief");
  const counts = countSubscribersByStatus();
  const issues = listIssues({ limit: 100 });
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Nieuwsbrief</h1>
        <ActionForm action={createIssueAction} submitLabel="Nieuwe editie" />
      </div>
      <p className="page-intro">
        Een nieuwe editie bevat de berichten van de afgelopen zeven dagen en de evenementen en webinars van de komende vier weken.
        Abonnees die rubrieken kozen, krijgen alleen de onderdelen uit die rubrieken; wie niets krijgt, ontvangt deze editie niet.
      </p>
      <ul className="stat-tiles" aria-label="Abonnees">
        <li>
          <span className="stat-tiles__value">{counts.confirmed}</span>
          <span className="stat-tiles__label">Abonnees</span>
        </li>
        <li>
          <span className="stat-tiles__value">{counts.pending}</span>
          <span className="stat-tiles__label">Nog niet bevestigd</span>
        </li>
        <li>
          <span className="stat-tiles__value">{counts.unsubscribed}</span>
          <span className="stat-tiles__label">Afgemeld</span>
        </li>
      </ul>
      {issues.length === 0 ? (
        <p>Er zijn nog geen edities.</p>
      ) : (
        <DataTable caption="Edities, nieuwste eerst" columns={["Onderwerp", "Status", "Moment", "Voortgang"]}>
          {issues.map((issue) => (
            <tr key={issue.id}>
              <th scope="row">
                <Link href={`/redactie/nieuwsbrief/${issue.id}`}>{issue.subject}</Link>
              </th>
              <td>{ISSUE_STATUS_LABELS[issue.status]}</td>
              <td>
                {issue.sentAt ? <DateTime value={issue.sentAt} withTime /> : issue.scheduledAt ? <DateTime value={issue.scheduledAt} withTime /> : <DateTime value={issue.createdAt} />}
              </td>
              <td>{issue.status === "sent" ? <NewsletterProgress {...issueProgress({ id: issue.id })} /> : "–"}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {can(user, "subscriber.manage") && (
        <section aria-labelledby="abonnees-titel" className="panel">
          <h2 id="abonnees-titel">Abonneelijst</h2>
          <p>
            <a href="/redactie/nieuwsbrief/abonnees.csv" download>
              Abonnees exporteren (CSV)
            </a>{" "}
            met per adres de status, rubrieken en vastgelegde toestemming.
          </p>
          <h3>Importeren</h3>
          <SubscriberImportForm />
        </section>
      )}
    </>
  );
}
