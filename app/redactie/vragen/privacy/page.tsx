import type { Metadata } from "next";
import { z } from "@/lib/zod";
import { ActionForm } from "@/components/ui/action-form";
import { DateTime } from "@/components/ui/date-time";
import { requirePermission } from "@/lib/auth/session";
import { personalData } from "@/lib/questions/personal-data";
import { QUESTION_STATUS_LABELS } from "@/lib/questions/labels";
import { eraseAction } from "./actions";

export const metadata: Metadata = { title: "Gegevens van een vraagsteller" };

const emailSchema = z.string().trim().toLowerCase().pipe(z.email());

export default async function PrivacyToolPage({ searchParams }: { searchParams: Promise<{ email?: string; gewist?: string }> }) {
  const user = await requirePermission("question.readAny", "/redactie/vragen/privacy");
  const { email: raw, gewist } = await searchParams;
  const email = raw ? emailSchema.safeParse(raw) : null;
  const data = email?.success ? personalData(user, email.data) : null;
  return (
    <>
      <h1 className="page-title">Gegevens van een vraagsteller</h1>
      <p className="page-intro">Zoek alles wat we bewaren bij een e-mailadres, exporteer het als JSON of wis het (AVG: inzage en verwijdering).</p>
      {gewist !== undefined && (
        <p className="form-summary form-summary--success" role="status">
          Gewist: {gewist} {gewist === "1" ? "vraag" : "vragen"} met hun geschiedenis en e-mail.
        </p>
      )}
      <form method="get" className="filter-bar" role="search" aria-label="Vraagsteller zoeken">
        <div className={email && !email.success ? "field field--error" : "field"}>
          <label htmlFor="privacy-email">E-mailadres</label>
          {email && !email.success && <p className="field__error" id="privacy-email-fout">Vul een geldig e-mailadres in.</p>}
          <input id="privacy-email" name="email" type="email" defaultValue={raw} aria-describedby={email && !email.success ? "privacy-email-fout" : undefined} />
        </div>
        <button type="submit" className="button button--quiet">Zoeken</button>
      </form>
      {data && email?.success && (
        <section className="panel" aria-labelledby="gevonden-titel">
          <h2 id="gevonden-titel">Gevonden voor {email.data}</h2>
          <p>
            {data.questions.length} {data.questions.length === 1 ? "vraag" : "vragen"}, {data.events.length} regels geschiedenis, {data.mail.length} e-mails.
          </p>
          {data.questions.length > 0 && (
            <ul>
              {data.questions.map((q) => (
                <li key={q.id}>
                  <DateTime value={q.createdAt} /> · {QUESTION_STATUS_LABELS[q.status]} · {q.message.slice(0, 80)}
                  {q.message.length > 80 ? "…" : ""}
                </li>
              ))}
            </ul>
          )}
          <p>
            <a className="button button--quiet" href={`/redactie/vragen/privacy/export?email=${encodeURIComponent(email.data)}`} download>
              Exporteren als JSON
            </a>
          </p>
          <ActionForm action={eraseAction} submitLabel={`Alles van ${email.data} wissen`}>
            <input type="hidden" name="email" value={email.data} />
          </ActionForm>
        </section>
      )}
    </>
  );
}
