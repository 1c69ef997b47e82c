import type { Metadata } from "next";
import { DateTime } from "@/components/ui/date-time";
import { listPostsForDashboard } from "@/db/queries/editorial-posts";
import { postAuthorScope } from "@/lib/auth/scope";
import { requirePermission } from "@/lib/auth/session";
import { KIND_LABELS, STATUS_LABELS } from "@/lib/post-meta";

export const metadata: Metadata = { title: "Berichten" };

export default async function PostsPage() {
  const user = await requirePermission("post.editOwn", "/redactie/berichten");
  const posts = listPostsForDashboard({ authorId: postAuthorScope(user) });
  return (
    <>
      <h1 className="page-title">Berichten</h1>
      {posts.length === 0 ? (
        <p>U heeft nog geen berichten.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Berichten, laatst gewijzigd eerst</caption>
            <thead>
              <tr>
                <th scope="col">Titel</th>
                <th scope="col">Soort</th>
                <th scope="col">Rubriek</th>
                <th scope="col">Status</th>
                <th scope="col">Auteur</th>
                <th scope="col">Laatst gewijzigd</th>
              </tr>
            </thead>
            <tbody>
              {posts.map((post) => (
                <tr key={post.id}>
                  <th scope="row">{post.title || "(zonder titel)"}</th>
                  <td>{KIND_LABELS[post.kind]}</td>
                  <td>{post.sectionName ?? "—"}</td>
                  <td>{STATUS_LABELS[post.status]}</td>
                  <td>{post.authorName ?? "—"}</td>
                  <td>
                    <DateTime value={post.updatedAt} withTime />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
