import type { Metadata } from "next";
import Link from "next/link";
import { PostForm } from "@/components/redactie/post-form";
import { ActionForm } from "@/components/ui/action-form";
import { requirePermission } from "@/lib/auth/session";
import { editorProps } from "@/lib/posts/editor-props";
import { loadPostForUser } from "@/lib/posts/load-editable";
import { withPendingChanges } from "@/lib/posts/pending-changes";
import { NOT_TRASHABLE_MESSAGE, TRASH_DAYS, TRASHED_MESSAGE } from "@/lib/posts/trash-rules";
import { canEditPost } from "@/lib/posts/workflow";
import { STATUS_LABELS } from "@/lib/post-meta";
import { restorePostAction, trashPostAction } from "../prullenbak/actions";

export const metadata: Metadata = { title: "Bericht bewerken" };

export default async function EditPostPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("post.editOwn", `/redactie/berichten/${id}`);
  const post = loadPostForUser(user, id);
  const mayEdit = canEditPost(user, post);
  if (post.trashedAt) {
    return (
      <>
        <h1 className="page-title">{post.title || "Bericht zonder titel"}</h1>
        <p className="form-summary form-summary--error">{TRASHED_MESSAGE}</p>
        {mayEdit && (
          <ActionForm action={restorePostAction} submitLabel="Terugzetten">
            <input type="hidden" name="postId" value={post.id} />
          </ActionForm>
        )}
        <p>
          <Link href="/redactie/berichten/prullenbak">Naar de prullenbak</Link>
        </p>
      </>
    );
  }
  // The editor shows pending changes; "Bekijk op de site" keeps the address readers use now.
  const props = editorProps(user, withPendingChanges(post));
  return (
    <>
      <h1 className="page-title">{post.title || "Bericht zonder titel"}</h1>
      {mayEdit ? (
        <>
          <PostForm {...props} post={{ ...props.post, publicPath: post.sectionSlug ? `/${post.sectionSlug}/${post.slug}` : null }} />
          <section className="panel" aria-labelledby="prullenbak-titel">
            <h2 id="prullenbak-titel">Verwijderen</h2>
            <p>
              Concepten en gearchiveerde berichten gaan naar de prullenbak en zijn daar {TRASH_DAYS} dagen terug te zetten.{" "}
              {post.status === "published" || post.status === "scheduled" ? NOT_TRASHABLE_MESSAGE : null}
            </p>
            <ActionForm action={trashPostAction} submitLabel="Naar de prullenbak" quiet>
              <input type="hidden" name="postId" value={post.id} />
            </ActionForm>
          </section>
        </>
      ) : (
        <p className="form-summary form-summary--error">
          Dit bericht is {STATUS_LABELS[post.status].toLowerCase()}. Vraag een redacteur om wijzigingen.
        </p>
      )}
    </>
  );
}
