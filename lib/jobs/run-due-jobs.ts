import "server-only";
import { deleteAuditBefore, recordAudit } from "@/db/queries/audit";
import { publishDuePosts } from "@/db/queries/editorial-posts";
import { deleteClosedBefore } from "@/db/queries/questions";
import { forgetEndedSessionsBefore } from "@/db/queries/sessions";
import { sendDueMail } from "@/lib/mail/send-outbox";
import { runScheduledBackup } from "@/lib/ops/scheduled-backup";
import { recordSchedulerRun } from "@/lib/ops/scheduler-status";
import { publicContentChanged } from "@/lib/posts/public-changes";
import { auditRetentionDays, retentionDays } from "@/lib/retention";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Work that is due at `now`: scheduled posts go live, queued mail is (re)tried, and questions past their retention
 * period are deleted, and so are audit entries past theirs. Runs inside a request, so cache refreshes take effect.
 */
export async function runDueJobs(now = new Date()) {
  const published = publishDuePosts({ now });
  for (const id of published) recordAudit({ action: "post.published_on_schedule", targetType: "post", targetId: id });
  if (published.length) publicContentChanged({ postIds: published });
  const mail = await sendDueMail(now);
  const deleted = deleteClosedBefore({ before: new Date(now.getTime() - retentionDays() * DAY_MS) });
  if (deleted) recordAudit({ action: "questions.retention_deleted", detail: { count: deleted } });
  const deletedAudit = deleteAuditBefore({ before: new Date(now.getTime() - auditRetentionDays() * DAY_MS) });
  forgetEndedSessionsBefore({ before: now });
  // Daily, when BACKUP_DIR is set; the last round's time is what the health check reports.
  const backup = await runScheduledBackup(now);
  recordSchedulerRun(new Date());
  return { published: published.length, mail, deletedQuestions: deleted, deletedAuditEvents: deletedAudit, backup };
}
