import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import { listTrashedPosts } from "@/db/queries/trash";
import { can } from "@/lib/auth/permissions";
import { postScope } from "@/lib/auth/scope";
import { requirePermission } from "@/lib/auth/session";
import { STATUS_LABELS } from "@/lib/post-meta";
import { purgeDate, TRASH_DAYS } from "@/lib/posts/trash-rules";
import { emptyTrashAction, restorePostAction } from "./actions";

export const metadata: Metadata = { title: "Prullenbak" };

const PATH = "/redactie/berichten/prullenbak";

export default async function TrashPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("post.editOwn", PATH);
  const params = await searchParams;
  const posts = listTrashedPosts({ scope: postScope(user) });
  const mayEmpty = can(user, "post.editAny") && posts.length > 0;
  // Emptying asks first with a second step that works without JavaScript.
  const confirming = mayEmpty && params.legen === "bevestigen";
  const emptied = Number(params.geleegd);
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Prullenbak</h1>
        <Link href="/redactie/berichten">Terug naar berichten</Link>
      </div>
      <p>
        Concepten en gearchiveerde berichten in de prullenbak kunt u {TRASH_DAYS} dagen lang terugzetten, met hun status; daarna
        worden ze definitief verwijderd. Een gepubliceerd of ingepland bericht archiveert u eerst. Lezers zien berichten in de
        prullenbak nooit.
      </p>
      {params.verplaatst && (
        <p className="form-summary form-summary--success" role="status">
          Het bericht staat nu in de prullenbak.
        </p>
      )}
      {Number.isInteger(emptied) && params.geleegd !== undefined && (
        <p className="form-summary form-summary--success" role="status">
          De prullenbak is geleegd: {emptied === 1 ? "1 bericht" : `${emptied} berichten`} definitief verwijderd.
        </p>
      )}
      <p aria-live="polite">{posts.length === 0 ? "De prullenbak is leeg." : posts.length === 1 ? "1 bericht in de prullenbak" : `${posts.length} berichten in de prullenbak`}</p>
      {posts.length > 0 && (
        <DataTable caption="Berichten in de prullenbak, laatst verwijderd eerst" columns={["Titel", "Status", "Rubriek", "Auteur", "In prullenbak sinds", "Definitief weg op", "Acties"]}>
          {posts.map((post) => (
            <tr key={post.id}>
              <th scope="row">{post.title || "(zonder titel)"}</th>
              <td>{STATUS_LABELS[post.status]}</td>
              <td>{post.sectionName ?? "—"}</td>
              <td>{post.authorName ?? "—"}</td>
              <td>{post.trashedAt && <DateTime value={post.trashedAt} withTime />}</td>
              <td>{post.trashedAt && <DateTime value={purgeDate(post.trashedAt)} />}</td>
              <td className="row-actions">
                <ActionForm action={restorePostAction} submitLabel={`Terugzetten: ${post.title || "bericht zonder titel"}`} quiet>
                  <input type="hidden" name="postId" value={post.id} />
                </ActionForm>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {mayEmpty &&
        (confirming ? (
          <section className="panel" aria-labelledby="legen-titel">
            <h2 id="legen-titel">Prullenbak legen?</h2>
            <p>
              {posts.length === 1 ? "1 bericht wordt" : `${posts.length} berichten worden`} definitief verwijderd, met al hun versies. Dit
              kan niet ongedaan worden gemaakt.
            </p>
            <ActionForm action={emptyTrashAction} submitLabel="Ja, definitief verwijderen">
              <input type="hidden" name="confirm" value="ja" />
            </ActionForm>
            <p>
              <Link href={PATH}>Nee, annuleren</Link>
            </p>
          </section>
        ) : (
          <p>
            <Link className="button button--quiet" href={`${PATH}?legen=bevestigen`}>
              Prullenbak legen…
            </Link>
          </p>
        ))}
    </>
  );
}
