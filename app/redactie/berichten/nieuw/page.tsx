import type { Metadata } from "next";
import { PostForm } from "@/components/redactie/post-form";
import { requirePermission } from "@/lib/auth/session";
import { editorProps } from "@/lib/posts/editor-props";

export const metadata: Metadata = { title: "Nieuw bericht" };

export default async function NewPostPage() {
  const user = await requirePermission("post.create", "/redactie/berichten/nieuw");
  return (
    <>
      <h1 className="page-title">Nieuw bericht</h1>
      <PostForm {...editorProps(user, null)} />
    </>
  );
}
