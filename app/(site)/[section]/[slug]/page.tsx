import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { ArticleView } from "@/components/site/article-view";
import { findMovedPost, findTranslation, getPublishedPost } from "@/db/queries/public-posts";
import { getArticleRail } from "@/lib/article-rail";
import { largestVariant } from "@/lib/media-urls";
import { postPath } from "@/lib/post-meta";

type Params = { section: string; slug: string };

// Rendered on first request, then served from the cache until a publish refreshes it; the hourly
// refresh keeps the rail's "next event" current.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

const loadPost = cache((slug: string) => getPublishedPost({ slug }));

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { section, slug } = await params;
  const post = loadPost(slug);
  if (!post || post.section.slug !== section) return { title: "Pagina niet gevonden" };
  const path = postPath({ sectionSlug: post.section.slug, slug: post.slug });
  const title = post.seoTitle || post.title;
  const description = post.seoDescription || post.lead;
  const translation = findTranslation(post);
  const languages = translation ? { [post.language]: path, [translation.language]: postPath(translation) } : undefined;
  // The featured image when there is one; otherwise the images key stays out, so the generated opengraph-image applies.
  const shareImage = post.featuredImage ? { ...largestVariant(post.featuredImage), alt: post.featuredImage.alt } : null;
  return {
    title,
    description,
    alternates: { canonical: path, languages },
    openGraph: {
      type: "article",
      title,
      description,
      url: path,
      locale: post.language === "en" ? "en_GB" : "nl_NL",
      publishedTime: post.publishedAt?.toISOString(),
      modifiedTime: (post.revisedAt ?? post.publishedAt ?? post.updatedAt).toISOString(),
      section: post.section.name,
      authors: post.contactPerson ? [post.contactPerson.name] : undefined,
      ...(shareImage ? { images: [shareImage] } : {}),
    },
    ...(shareImage ? { twitter: { card: "summary_large_image", images: [{ url: shareImage.url, alt: shareImage.alt }] } } : {}),
  };
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const { section, slug } = await params;
  const post = loadPost(slug);
  if (post && post.section.slug !== section) permanentRedirect(postPath({ sectionSlug: post.section.slug, slug: post.slug }));
  if (!post) {
    const moved = findMovedPost({ slug });
    if (moved) permanentRedirect(postPath(moved));
    notFound();
  }
  return <ArticleView post={post} rail={getArticleRail({ postId: post.id })} />;
}
