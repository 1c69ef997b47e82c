import "server-only";
import { indexPosts } from "@/db/queries/search";
import { inWriteTransaction } from "@/db/queries/transaction";
import { refreshPublicPages } from "./public-cache";

export type PublicChange<T> = {
  result: T;
  /** Posts whose visibility, text or people may have changed: their search rows are brought up to date. */
  postIds: number[];
  /** Whether readers can see any difference (a public post, a person on a public page): pages render afresh. */
  visible: boolean;
};

/**
 * The one way to change what readers see (house rule 12): publishing, editing a public post, unpublishing,
 * archiving, a scheduled post going live, a person renamed or removed. `work` runs as one write transaction
 * (retried while another connection holds the lock) and the search index follows inside it, so a post is never
 * public without its search entry or the other way round; then every public page renders afresh on its next request.
 * Must run inside a request (a server action or route handler) for the page refresh to apply.
 */
export async function changePublicContent<T>(work: () => PublicChange<T>): Promise<T> {
  const change = await inWriteTransaction(() => {
    const done = work();
    indexPosts({ ids: done.postIds });
    return done;
  });
  if (change.visible) refreshPublicPages();
  return change.result;
}
