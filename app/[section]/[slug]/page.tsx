import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ContactCard } from "@/components/site/contact-card";
import { JsonLd } from "@/components/site/json-ld";
import { PromotedRail } from "@/components/site/promoted-rail";
import { QuestionPlaceholder } from "@/components/site/question-placeholder";
import { DateTime } from "@/components/ui/date-time";
import { findMovedPost, getPromotedItems, getPublishedPost } from "@/db/queries/public-posts";
import { coauthorLine } from "@/lib/coauthor-line";
import { renderRichText } from "@/lib/content/render";
import { KIND_LABELS, postPath } from "@/lib/post-meta";
import { newsArticleJsonLd } from "@/lib/structured-data";

type Params = { section: string; slug: string };

// Rendered on first request, then served from the cache; the hourly refresh keeps the rail's "next event" current.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

const loadPost = cache((section: string, slug: string) => getPublishedPost({ sectionSlug: section, slug }));

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { section, slug } = await params;
  const post = loadPost(section, slug);
  if (!post) return { title: "Pagina niet gevonden" };
  const path = postPath({ sectionSlug: post.section.slug, slug: post.slug });
  const description = post.seoDescription || post.lead;
  return {
    title: post.seoTitle || post.title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: "article",
      title: post.seoTitle || post.title,
      description,
      url: path,
      locale: post.language === "en" ? "en_GB" : "nl_NL",
      publishedTime: post.publishedAt?.toISOString(),
      modifiedTime: post.updatedAt.toISOString(),
      section: post.section.name,
      authors: post.contactPerson ? [post.contactPerson.name] : undefined,
    },
  };
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const { section, slug } = await params;
  const post = loadPost(section, slug);
  if (!post) {
    const moved = findMovedPost({ slug });
    if (moved) permanentRedirect(postPath(moved));
    notFound();
  }
  const coauthors = coauthorLine(post.coauthors);
  const promoted = getPromotedItems({ excludeId: post.id });

  return (
    <>
      <article className="article" lang={post.language === "en" ? "en" : undefined}>
        <header className="article__header">
          <p className="article__meta">
            <span className="kind-label" lang="nl">
              {KIND_LABELS[post.kind]}
            </span>
            {post.publishedAt && <DateTime value={post.publishedAt} />}
          </p>
          <h1>{post.title}</h1>
        </header>
        {post.contactPerson && <ContactCard person={post.contactPerson} />}
        <div className="article__main">
          <p className="article__lead">{post.lead}</p>
          <div className="rich-text" dangerouslySetInnerHTML={{ __html: renderRichText(post.body) }} />
          {coauthors && (
            <p className="article__coauthors" lang="nl">
              {coauthors}
            </p>
          )}
        </div>
        {post.contactPerson && <QuestionPlaceholder person={post.contactPerson} />}
      </article>
      <PromotedRail items={promoted} />
      <JsonLd data={newsArticleJsonLd(post)} />
    </>
  );
}
