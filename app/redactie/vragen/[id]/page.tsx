import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionActions } from "@/components/redactie/question-actions";
import { DateTime } from "@/components/ui/date-time";
import { listActivePeople } from "@/db/queries/people";
import { listQuestionEvents } from "@/db/queries/questions";
import { requirePermission } from "@/lib/auth/session";
import { openQuestion } from "@/lib/questions/inbox";
import { QUESTION_STATUS_LABELS } from "@/lib/questions/labels";
import { QuestionAge } from "@/components/redactie/question-age";
import { getSiteSettings } from "@/lib/settings/site-settings";

export const metadata: Metadata = { title: "Vraag" };

export default async function QuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("question.readOwn", `/redactie/vragen/${id}`);
  // Out of scope looks exactly like non-existent: an author cannot learn that someone else's question exists.
  const found = openQuestion(user, Number(id) || 0);
  if (!found) notFound();
  const q = found.question;
  const events = listQuestionEvents({ questionId: q.id });
  return (
    <>
      <p>
        <Link href="/redactie/vragen">Alle vragen</Link>
      </p>
      <h1 className="page-title">Vraag van {q.name}</h1>
      <dl className="facts">
        <dt>Status</dt>
        <dd>{QUESTION_STATUS_LABELS[q.status]}</dd>
        <dt>Ontvangen</dt>
        <dd><DateTime value={q.createdAt} withTime /></dd>
        <dt>Wacht</dt>
        <dd>
          <QuestionAge status={q.status} createdAt={q.createdAt} promised={getSiteSettings().answerWorkingDays} now={new Date()} />
        </dd>
        <dt>Van</dt>
        <dd>
          {q.name} · <a href={`mailto:${q.email}`}>{q.email}</a>
          {q.organisation && ` · ${q.organisation}`}
        </dd>
        <dt>Voor</dt>
        <dd>{found.recipientName ?? "Algemene inbox"}</dd>
        <dt>Gesteld bij</dt>
        <dd>
          {found.postTitle && found.sectionSlug ? (
            <Link href={`/${found.sectionSlug}/${found.postSlug}`}>{found.postTitle}</Link>
          ) : (
            q.topic ?? "Contactformulier"
          )}
        </dd>
      </dl>
      <section aria-labelledby="vraag-titel" className="panel">
        <h2 id="vraag-titel">Vraag</h2>
        <p className="question-text">{q.message}</p>
        {q.answer && (
          <>
            <h3>Antwoord</h3>
            <p className="question-text">{q.answer}</p>
          </>
        )}
      </section>
      <section aria-labelledby="geschiedenis-titel" className="panel">
        <h2 id="geschiedenis-titel">Geschiedenis</h2>
        <ol className="history">
          {events.map((e) => (
            <li key={e.id}>
              <DateTime value={e.createdAt} withTime /> · {e.userName ?? "Systeem"}: {e.body || "Vraag ontvangen."}
            </li>
          ))}
        </ol>
      </section>
      <QuestionActions questionId={q.id} currentRecipientId={q.recipientId} colleagues={listActivePeople().map(({ id, name }) => ({ id, name }))} />
    </>
  );
}
