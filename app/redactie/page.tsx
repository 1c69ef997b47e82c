import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { countNewQuestions, countOverdueQuestions, countPostsByStatus, listOpenQuestions, listWorkItems, type WorkItem } from "@/db/queries/dashboard";
import type { PostStatus } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { postScope, questionScope } from "@/lib/auth/scope";
import { requirePermission } from "@/lib/auth/session";
import { STATUS_LABELS } from "@/lib/post-meta";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { overdueCutoff } from "@/lib/questions/working-days";

const LIMIT = 5;

function WorkList({ id, title, items, empty, more, show }: { id: string; title: string; items: WorkItem[]; empty: string; more: string; show: (item: WorkItem) => React.ReactNode }) {
  return (
    <section className="work-panel" aria-labelledby={id}>
      <div className="work-panel__head">
        <h2 id={id}>{title}</h2>
        <Link href={more}>
          Alle<span className="visually-hidden"> ({title.toLowerCase()})</span>
        </Link>
      </div>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="work-list">
          {items.map((item) => (
            <li key={item.id}>
              <Link href={`/redactie/berichten/${item.id}`}>{item.title || "(zonder titel)"}</Link>
              <span className="work-list__meta">{show(item)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The dashboard home: what needs this person now, most urgent first. */
export default async function DashboardPage() {
  const user = await requirePermission("dashboard.view", "/redactie");
  const scope = postScope(user);
  const questions = questionScope(user);
  const counts = countPostsByStatus({ scope });
  const promise = getSiteSettings().answerWorkingDays;
  const overdueBefore = overdueCutoff(new Date(), promise);
  const overdue = countOverdueQuestions({ scope: questions, before: overdueBefore });
  const open = listOpenQuestions({ scope: questions, limit: LIMIT });
  const reviews = can(user, "post.publish");
  const list = (status: PostStatus, authorId?: number) => listWorkItems({ scope, status, authorId, limit: LIMIT });
  const filter = (status: PostStatus) => `/redactie/berichten?status=${status}`;
  const tiles = [
    { label: "Nieuwe vragen", value: countNewQuestions({ scope: questions }), href: "/redactie/vragen?status=new" },
    { label: "Vragen over tijd", value: overdue, href: "/redactie/vragen", urgent: overdue > 0 },
    { label: "Ter beoordeling", value: counts.in_review, href: filter("in_review") },
    { label: "Concepten", value: counts.draft, href: filter("draft") },
    { label: "Ingepland", value: counts.scheduled, href: filter("scheduled") },
  ];
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Welkom, {user.name}</h1>
        <Link className="button" href="/redactie/berichten/nieuw">
          Nieuw bericht
        </Link>
      </div>
      <ul className="stat-tiles" aria-label="Overzicht">
        {tiles.map((tile) => (
          <li key={tile.label} className={tile.urgent ? "stat-tiles__urgent" : undefined}>
            <Link href={tile.href}>
              <span className="stat-tiles__value">{tile.value}</span>
              <span className="stat-tiles__label">{tile.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="work-grid">
        <section className="work-panel" aria-labelledby="open-vragen">
          <div className="work-panel__head">
            <h2 id="open-vragen">Open vragen</h2>
            <Link href="/redactie/vragen">
              Alle<span className="visually-hidden"> (vragen)</span>
            </Link>
          </div>
          {open.length === 0 ? (
            <p className="muted">Geen open vragen.</p>
          ) : (
            <ul className="work-list">
              {open.map((q) => (
                <li key={q.id}>
                  <Link href={`/redactie/vragen/${q.id}`}>
                    {q.name}: {q.message.length > 80 ? `${q.message.slice(0, 80)}…` : q.message}
                  </Link>
                  <span className="work-list__meta">
                    {q.createdAt < overdueBefore && <span className="chip chip--late">Over tijd</span>} Gesteld op <DateTime value={q.createdAt} withTime />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <WorkList
          id="ter-beoordeling"
          title={reviews ? "Wacht op uw beoordeling" : "Ter beoordeling aangeboden"}
          items={list("in_review")}
          empty="Niets ter beoordeling."
          more={filter("in_review")}
          show={(item) => (
            <>
              {item.authorName ?? "Onbekend"}, <DateTime value={item.updatedAt} withTime />
            </>
          )}
        />
        <WorkList
          id="mijn-concepten"
          title="Mijn concepten"
          items={list("draft", user.id)}
          empty="U heeft geen concepten."
          more={`${filter("draft")}${reviews ? `&authorId=${user.id}` : ""}`}
          show={(item) => (
            <>
              Bewerkt <DateTime value={item.updatedAt} withTime />
            </>
          )}
        />
        <WorkList
          id="ingepland"
          title="Ingepland"
          items={list("scheduled")}
          empty="Niets ingepland."
          more={filter("scheduled")}
          show={(item) => (item.scheduledAt ? <>Verschijnt <DateTime value={item.scheduledAt} withTime /></> : STATUS_LABELS.scheduled)}
        />
        <WorkList
          id="net-gepubliceerd"
          title="Net gepubliceerd"
          items={list("published")}
          empty="Nog niets gepubliceerd."
          more={filter("published")}
          show={(item) => (item.publishedAt ? <DateTime value={item.publishedAt} withTime /> : null)}
        />
      </div>
    </>
  );
}
