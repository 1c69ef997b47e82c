import "server-only";
import { indexPosts } from "@/db/queries/search";
import { refreshPublicPages } from "./public-cache";

/**
 * The one thing to call after a change readers can see (house rule 12): a post published, edited while public,
 * unpublished or archived, a scheduled post going live, a person renamed or removed. The search index is brought up
 * to date for the posts concerned (each row present exactly while its post is public), then every public page
 * renders afresh on its next request. Must run inside a request (a server action or route handler).
 */
export function publicContentChanged({ postIds }: { postIds: number[] }): void {
  indexPosts({ ids: postIds });
  refreshPublicPages();
}
