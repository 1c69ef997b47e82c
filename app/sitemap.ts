import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/db/queries/sitemap";
import { siteUrl } from "@/lib/site";

export const revalidate = 3600;

export default function sitemap(): MetadataRoute.Sitemap {
  const origin = siteUrl();
  const { posts, sections, people } = listSitemapEntries();
  const fixed = ["", "/nieuws", "/agenda", "/medewerkers", "/contact", "/privacy", "/toegankelijkheid"].map((path) => ({ url: `${origin}${path}` }));
  return [
    ...fixed,
    ...sections.map((s) => ({ url: `${origin}/${s.slug}` })),
    ...people.map((p) => ({ url: `${origin}/medewerkers/${p.slug}`, lastModified: p.updatedAt })),
    // The dates readers see: publication, or "Bijgewerkt op" when an editor marked a substantive edit.
    ...posts.map((p) => ({ url: `${origin}/${p.sectionSlug}/${p.slug}`, lastModified: p.revisedAt ?? p.publishedAt ?? p.updatedAt })),
  ];
}
