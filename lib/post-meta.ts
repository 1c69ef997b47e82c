// How posts are named and addressed on the public site.
import type { PostKind, PostStatus } from "@/db/schema";

export const KIND_LABELS: Record<PostKind, string> = {
  news: "Nieuws",
  analysis: "Analyse",
  interview: "Interview",
  event: "Evenement",
  webinar: "Webinar",
};

export function postPath(post: { sectionSlug: string; slug: string }): string {
  return `/${post.sectionSlug}/${post.slug}`;
}

export const STATUS_LABELS: Record<PostStatus, string> = {
  draft: "Concept",
  in_review: "Ter beoordeling",
  scheduled: "Ingepland",
  published: "Gepubliceerd",
  archived: "Gearchiveerd",
};
