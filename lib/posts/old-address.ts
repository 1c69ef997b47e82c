import "server-only";
import { findMovedPost, getPublishedPost } from "@/db/queries/public-posts";
import { postPath } from "@/lib/post-meta";

/**
 * Where an address whose last segment is `slug` lives now: a public post with that slug, now or before. Serves the
 * addresses of an imported site (WordPress's /2025/06/20/slug/, Ghost's /slug/), whose old slugs the import keeps.
 */
export function currentPathForSlug(slug: string): string | null {
  // The segment may arrive still percent-encoded (a WordPress slug with "ń" is "%c5%84" in its URLs).
  for (const candidate of new Set([slug, decoded(slug), slug.toLowerCase()])) {
    if (!candidate) continue;
    const post = getPublishedPost({ slug: candidate });
    if (post) return postPath({ sectionSlug: post.section.slug, slug: post.slug });
    const moved = findMovedPost({ slug: candidate });
    if (moved) return postPath(moved);
  }
  return null;
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return null;
  }
}
