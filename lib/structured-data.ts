// schema.org descriptions of public pages, for search engines.
import type { PublishedPost } from "@/db/queries/public-posts";
import { largestVariant } from "./media-urls";
import { postPath } from "./post-meta";
import { SITE_NAME, siteUrl } from "./site";

export function newsArticleJsonLd(post: PublishedPost): Record<string, unknown> {
  const url = `${siteUrl()}${postPath({ sectionSlug: post.section.slug, slug: post.slug })}`;
  const authors = [post.contactPerson?.name, ...post.coauthors].filter(Boolean).map((name) => ({ "@type": "Person", name }));
  const image = post.featuredImage ? largestVariant(post.featuredImage) : null;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: post.title,
    description: post.seoDescription || post.lead,
    datePublished: post.publishedAt?.toISOString(),
    // Modified only when an editor marked an edit as substantive ("Bijgewerkt op"), like the page says.
    dateModified: (post.revisedAt ?? post.publishedAt)?.toISOString(),
    inLanguage: post.language,
    articleSection: post.section.name,
    mainEntityOfPage: url,
    url,
    ...(image ? { image: { "@type": "ImageObject", url: `${siteUrl()}${image.url}`, width: image.width, height: image.height } } : {}),
    author: authors,
    publisher: { "@type": "Organization", name: SITE_NAME, url: siteUrl() },
  };
}

/** schema.org Event for events and webinars, so search engines can show date and place. */
export function eventJsonLd(post: PublishedPost): Record<string, unknown> | null {
  if ((post.kind !== "event" && post.kind !== "webinar") || !post.eventStartsAt) return null;
  const url = `${siteUrl()}${postPath({ sectionSlug: post.section.slug, slug: post.slug })}`;
  const online = post.eventOnline || post.kind === "webinar";
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: post.title,
    description: post.lead,
    startDate: post.eventStartsAt.toISOString(),
    eventAttendanceMode: online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: "https://schema.org/EventScheduled",
    location: online ? { "@type": "VirtualLocation", url: post.registrationUrl ?? url } : { "@type": "Place", name: post.eventLocation ?? "", address: post.eventLocation ?? "" },
    organizer: { "@type": "Organization", name: SITE_NAME, url: siteUrl() },
    url,
    ...(post.registrationUrl ? { offers: { "@type": "Offer", url: post.registrationUrl, price: 0, priceCurrency: "EUR", availability: "https://schema.org/InStock" } } : {}),
  };
}
