// schema.org descriptions of public pages, for search engines.
import type { PublishedPost } from "@/db/queries/public-posts";
import { postPath } from "./post-meta";
import { SITE_NAME, siteUrl } from "./site";

export function newsArticleJsonLd(post: PublishedPost): Record<string, unknown> {
  const url = `${siteUrl()}${postPath({ sectionSlug: post.section.slug, slug: post.slug })}`;
  const authors = [post.contactPerson?.name, ...post.coauthors].filter(Boolean).map((name) => ({ "@type": "Person", name }));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: post.title,
    description: post.seoDescription || post.lead,
    datePublished: post.publishedAt?.toISOString(),
    dateModified: post.updatedAt.toISOString(),
    inLanguage: post.language,
    articleSection: post.section.name,
    mainEntityOfPage: url,
    url,
    author: authors,
    publisher: { "@type": "Organization", name: SITE_NAME, url: siteUrl() },
  };
}
