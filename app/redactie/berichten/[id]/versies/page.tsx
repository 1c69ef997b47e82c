import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { DateTime } from "@/components/ui/date-time";
import { getRevision, listRevisions } from "@/db/queries/revisions";
import { requirePermission } from "@/lib/auth/session";
import { renderRichText } from "@/lib/content/render";
import { loadPostForUser } from "@/lib/posts/load-editable";
import { canEditPost } from "@/lib/posts/workflow";
import { restoreRevisionAction } from "../../actions";

export const metadata: Metadata = { title: "Versies" };

export default async function RevisionsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ versie?: string }> }) {
  const { id } = await params;
  const user = await requirePermission("post.editOwn", `/redactie/berichten/${id}/versies`);
  const post = loadPostForUser(user, id);
  const revisions = listRevisions({ postId: post.id });
  const shownId = Number((await searchParams).versie);
  const shown = Number.isInteger(shownId) ? getRevision({ postId: post.id, id: shownId }) : null;
  const mayRestore = canEditPost(user, post);
  return (
    <>
      <h1 className="page-title">Versies van “{post.title || "bericht zonder titel"}”</h1>
      <p>
        <Link href={`/redactie/berichten/${post.id}`}>Terug naar bewerken</Link>
      </p>
      <DataTable caption="Opgeslagen versies, nieuwste eerst" columns={["Versie", "Titel", "Opgeslagen", "Door", "Acties"]}>
        {revisions.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.version}{r.version === post.version ? " (huidig)" : ""}</th>
            <td>{r.title || "(zonder titel)"}</td>
            <td><DateTime value={r.createdAt} withTime /></td>
            <td>{r.authorName ?? "—"}</td>
            <td className="row-actions">
              <Link href={`/redactie/berichten/${post.id}/versies?versie=${r.id}`}>Versie {r.version} bekijken</Link>
              {mayRestore && r.version !== post.version && (
                <ActionForm action={restoreRevisionAction} submitLabel={`Versie ${r.version} terugzetten`} quiet>
                  <input type="hidden" name="postId" value={post.id} />
                  <input type="hidden" name="revisionId" value={r.id} />
                  <input type="hidden" name="version" value={post.version} />
                </ActionForm>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
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
