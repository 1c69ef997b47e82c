import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { publishDuePosts } from "@/db/queries/editorial-posts";
import { refreshPublicPages } from "@/lib/posts/public-cache";

/** Work that is due at `now`: scheduled posts go live. Runs inside a request, so cache refreshes take effect. */
export async function runDueJobs(now = new Date()): Promise<{ published: number }> {
  const published = publishDuePosts({ now });
  for (const id of published) recordAudit({ action: "post.published_on_schedule", targetType: "post", targetId: id });
  if (published.length) refreshPublicPages();
  return { published: published.length };
}
