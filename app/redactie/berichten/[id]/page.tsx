import type { Metadata } from "next";
import { PostForm } from "@/components/redactie/post-form";
import { requirePermission } from "@/lib/auth/session";
import { editorProps } from "@/lib/posts/editor-props";
import { loadPostForUser } from "@/lib/posts/load-editable";
import { canEditPost } from "@/lib/posts/workflow";
import { STATUS_LABELS } from "@/lib/post-meta";

export const metadata: Metadata = { title: "Bericht bewerken" };

export default async function EditPostPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("post.editOwn", `/redactie/berichten/${id}`);
  const post = loadPostForUser(user, id);
  return (
    <>
      <h1 className="page-title">{post.title || "Bericht zonder titel"}</h1>
      {canEditPost(user, post) ? (
        <PostForm {...editorProps(user, post)} />
      ) : (
        <p className="form-summary form-summary--error">
          Dit bericht is {STATUS_LABELS[post.status].toLowerCase()}. Vraag een redacteur om wijzigingen.
        </p>
      )}
    </>
  );
}
