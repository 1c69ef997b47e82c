import type { Metadata } from "next";
import Link from "next/link";
import { ArticleView } from "@/components/site/article-view";
import { getArticlePreview } from "@/db/queries/public-posts";
import { getArticleRail } from "@/lib/article-rail";
import { requirePermission } from "@/lib/auth/session";
import { loadPostForUser } from "@/lib/posts/load-editable";
import { STATUS_LABELS } from "@/lib/post-meta";
// Exactly as readers see it: the article's own stylesheet (the dashboard does not load the public shell).
import "@/app/styles/article.css";

export const metadata: Metadata = { title: "Voorbeeld", robots: { index: false } };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("post.editOwn", `/redactie/berichten/${id}/voorbeeld`);
  const post = loadPostForUser(user, id);
  const article = getArticlePreview({ id: post.id });
  // A post without a section has no public address yet, so there is nothing to preview.
  if (!article) return <p className="form-summary form-summary--error">Kies eerst een rubriek; daarna is er een voorbeeld.</p>;
  return (
    <>
      <p className="preview-banner" role="note">
        Voorbeeld van een bericht met status <strong>{STATUS_LABELS[post.status]}</strong>: zo ziet het eruit op de site.{" "}
        <Link href={`/redactie/berichten/${post.id}`}>Terug naar bewerken</Link>
      </p>
      <ArticleView post={{ ...article, publishedAt: article.publishedAt ?? new Date() }} rail={getArticleRail({ postId: post.id })} />
    </>
  );
}
