import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { publishDuePosts } from "@/db/queries/editorial-posts";
import { deleteClosedBefore } from "@/db/queries/questions";
import { indexPosts } from "@/db/queries/search";
import { inWriteTransaction } from "@/db/queries/transaction";
import { sendDueMail } from "@/lib/mail/send-outbox";
import { refreshPublicPages } from "@/lib/posts/public-cache";
import { retentionDays } from "@/lib/questions/retention";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Work that is due at `now`: scheduled posts go live, queued mail is (re)tried, and questions past their retention
 * period are deleted. Runs inside a request, so cache refreshes take effect. While the database stays locked it
 * throws DatabaseBusyError with nothing half done, and the next tick tries again.
 */
export async function runDueJobs(now = new Date()) {
  // Published and indexed together: a post never goes live without its search entry.
  const published = await inWriteTransaction(() => {
    const ids = publishDuePosts({ now });
    indexPosts({ ids });
    return ids;
  });
  for (const id of published) recordAudit({ action: "post.published_on_schedule", targetType: "post", targetId: id });
  if (published.length) refreshPublicPages();
  const mail = await sendDueMail(now);
  const deleted = await inWriteTransaction(() => deleteClosedBefore({ before: new Date(now.getTime() - retentionDays() * DAY_MS) }));
  if (deleted) recordAudit({ action: "questions.retention_deleted", detail: { count: deleted } });
  return { published: published.length, mail, deletedQuestions: deleted };
}
