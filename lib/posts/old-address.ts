import "server-only";
import { findMovedPost, getPublishedPost } from "@/db/queries/public-posts";
import { postPath } from "@/lib/post-meta";

/**
 * Where an address whose last segment is `slug` lives now: a public post with that slug, now or before. Serves the
 * addresses of an imported site (WordPress's /2025/06/20/slug/, Ghost's /slug/), whose old slugs the import keeps.
 */
export function currentPathForSlug(slug: string): string | null {
  if (!slug) return null;
  const post = getPublishedPost({ slug });
  if (post) return postPath({ sectionSlug: post.section.slug, slug: post.slug });
  const moved = findMovedPost({ slug });
  return moved ? postPath(moved) : null;
}
