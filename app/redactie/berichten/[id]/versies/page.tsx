import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { DiffLegend, TextDiff } from "@/components/redactie/text-diff";
import { ActionForm } from "@/components/ui/action-form";
import { DateTime } from "@/components/ui/date-time";
import { getRevision, listRevisions } from "@/db/queries/revisions";
import { requirePermission } from "@/lib/auth/session";
import { documentText } from "@/lib/content/document";
import { renderRichText } from "@/lib/content/render";
import type { JSONContent } from "@tiptap/core";
import { loadPostForUser } from "@/lib/posts/load-editable";
import { canEditPost } from "@/lib/posts/workflow";
import { restoreRevisionAction } from "../../actions";

export const metadata: Metadata = { title: "Versies" };

type Params = { versie?: string; van?: string; naar?: string; terugzetten?: string; teruggezet?: string };

const asId = (value: string | undefined) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
};

export default async function RevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Params> }) {
  const { id } = await params;
  const user = await requirePermission("post.editOwn", `/redactie/berichten/${id}/versies`);
  const post = loadPostForUser(user, id);
  const revisions = listRevisions({ postId: post.id });
  const query = await searchParams;
  const load = (value: string | undefined) => {
    const revisionId = asId(value);
    return revisionId ? getRevision({ postId: post.id, id: revisionId }) : null;
  };
  const shown = load(query.versie);
  const mayRestore = canEditPost(user, post) && !post.trashedAt;
  // Restoring asks first: the list links to this confirmation, which works without JavaScript.
  const restoring = mayRestore ? load(query.terugzetten) : null;
  // Compare: by default the previous version with the newest.
  const from = load(query.van);
  const to = load(query.naar);
  const base = `/redactie/berichten/${post.id}/versies`;
  return (
    <>
      <h1 className="page-title">Versies van “{post.title || "bericht zonder titel"}”</h1>
      <p>
        <Link href={`/redactie/berichten/${post.id}`}>Terug naar bewerken</Link>
      </p>
      {asId(query.teruggezet) && (
        <p className="form-summary form-summary--success" role="status">
          Versie {asId(query.teruggezet)} is teruggezet.
          {post.pendingChanges ? " Lezers zien deze versie pas na ‘Bijwerken’ in de editor." : ""}
        </p>
      )}
      {restoring && (
        <section className="panel" aria-labelledby="terugzetten-titel">
          <h2 id="terugzetten-titel">Versie {restoring.version} terugzetten?</h2>
          <p>
            De tekst en velden van versie {restoring.version} worden weer de huidige. De huidige tekst blijft bewaard als versie{" "}
            {post.version}, dus ook dit kunt u later terugdraaien.
            {post.status === "published" ? " Het bericht is gepubliceerd: lezers zien de teruggezette versie pas na ‘Bijwerken’ in de editor." : ""}
          </p>
          <ActionForm action={restoreRevisionAction} submitLabel={`Ja, versie ${restoring.version} terugzetten`}>
            <input type="hidden" name="postId" value={post.id} />
            <input type="hidden" name="revisionId" value={restoring.id} />
            <input type="hidden" name="version" value={post.version} />
          </ActionForm>
          <p>
            <Link href={base}>Nee, annuleren</Link>
          </p>
        </section>
      )}
      <DataTable caption="Opgeslagen versies, nieuwste eerst" columns={["Versie", "Titel", "Opgeslagen", "Door", "Acties"]}>
        {revisions.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.version}{r.version === post.version ? " (huidig)" : ""}</th>
            <td>{r.title || "(zonder titel)"}</td>
            <td><DateTime value={r.createdAt} withTime /></td>
            <td>{r.authorName ?? "—"}</td>
            <td className="row-actions">
              <Link href={`${base}?versie=${r.id}`}>Versie {r.version} bekijken</Link>
              {mayRestore && r.version !== post.version && <Link href={`${base}?terugzetten=${r.id}`}>Versie {r.version} terugzetten…</Link>}
            </td>
          </tr>
        ))}
      </DataTable>
      {revisions.length >= 2 && (
        <form className="filter-bar" method="get" action={base} aria-label="Twee versies vergelijken">
          <div className="field">
            <label htmlFor="vergelijk-van">Oudere versie</label>
            <select id="vergelijk-van" name="van" defaultValue={String(from?.id ?? revisions[1]!.id)}>
              {revisions.map((r) => <option key={r.id} value={r.id}>Versie {r.version}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="vergelijk-naar">Nieuwere versie</label>
            <select id="vergelijk-naar" name="naar" defaultValue={String(to?.id ?? revisions[0]!.id)}>
              {revisions.map((r) => <option key={r.id} value={r.id}>Versie {r.version}</option>)}
            </select>
          </div>
          <button type="submit" className="button button--quiet">Vergelijken</button>
        </form>
      )}
      {from && to && (
        <section className="panel" aria-labelledby="vergelijking-titel">
          <h2 id="vergelijking-titel">Verschillen tussen versie {from.version} en versie {to.version}</h2>
          <DiffLegend />
          <TextDiff label="Titel" before={from.title} after={to.title} />
          <TextDiff label="Intro" before={from.lead} after={to.lead} />
          <TextDiff label="Tekst" before={documentText(from.body as JSONContent | null)} after={documentText(to.body as JSONContent | null)} />
        </section>
      )}
      {shown && (
        <section className="panel" aria-labelledby="versie-inhoud">
          <h2 id="versie-inhoud">Versie {shown.version}: {shown.title}</h2>
          <p className="article__lead">{shown.lead}</p>
          <div className="rich-text" dangerouslySetInnerHTML={{ __html: renderRichText(shown.body) }} />
        </section>
      )}
    </>
  );
}
