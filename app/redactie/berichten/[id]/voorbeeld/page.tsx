import type { Metadata } from "next";
import Link from "next/link";
import { ArticleView } from "@/components/site/article-view";
import { getArticlePreview } from "@/db/queries/public-posts";
import { getArticleRail } from "@/lib/article-rail";
import { requirePermission } from "@/lib/auth/session";
import { loadPostForUser } from "@/lib/posts/load-editable";
import { withPendingChanges } from "@/lib/posts/pending-changes";
import { STATUS_LABELS } from "@/lib/post-meta";
// Exactly as readers see it: the article's own stylesheet (the dashboard does not load the public shell).
import "@/app/styles/article.css";

export const metadata: Metadata = { title: "Voorbeeld", robots: { index: false } };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("post.editOwn", `/redactie/berichten/${id}/voorbeeld`);
  const post = loadPostForUser(user, id);
  // Staff see a published post's pending changes here; readers never do (getArticlePreview drops them).
  const preview = getArticlePreview({ id: post.id });
  const article = preview && withPendingChanges({ ...preview, pendingChanges: post.pendingChanges });
  // A post without a section has no public address yet, so there is nothing to preview.
  if (!article) return <p className="form-summary form-summary--error">Kies eerst een rubriek; daarna is er een voorbeeld.</p>;
  return (
    <>
      <p className="preview-banner" role="note">
        Voorbeeld van een bericht met status <strong>{STATUS_LABELS[post.status]}</strong>: zo ziet het eruit op de site
        {post.pendingChanges ? ", met de wijzigingen die nog niet gepubliceerd zijn" : ""}.{" "}
        <Link href={`/redactie/berichten/${post.id}`}>Terug naar bewerken</Link>
      </p>
      <ArticleView post={{ ...article, publishedAt: article.publishedAt ?? new Date() }} rail={getArticleRail({ postId: post.id })} />
    </>
  );
}
