import "server-only";
import { deleteAuditBefore, recordAudit } from "@/db/queries/audit";
import { publishDuePosts } from "@/db/queries/editorial-posts";
import { deleteClosedBefore } from "@/db/queries/questions";
import { forgetEndedSessionsBefore } from "@/db/queries/sessions";
import { inWriteTransaction } from "@/db/queries/transaction";
import { deletePendingSubscribersBefore } from "@/db/queries/subscribers";
import { sendDueMail } from "@/lib/mail/send-outbox";
import { sendScheduledIssues } from "@/lib/newsletter/issues";
import { runScheduledBackup } from "@/lib/ops/scheduled-backup";
import { recordSchedulerRun } from "@/lib/ops/scheduler-status";
import { changePublicContent } from "@/lib/posts/public-changes";
import { purgeExpiredTrash } from "@/lib/posts/trash";
import { queueDueReminders } from "@/lib/questions/reminders";
import { auditRetentionDays, retentionDays, UNCONFIRMED_SUBSCRIBER_DAYS } from "@/lib/retention";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Work that is due at `now`: scheduled posts go live, scheduled newsletters are queued, reminders for overdue
 * questions are queued, queued mail is (re)tried, questions and audit entries past their retention period are
 * deleted (so are posts trashed more than 30 days ago and newsletter sign-ups never confirmed), and a daily backup is
 * made. Runs inside a request, so cache refreshes take effect. While the database stays locked it throws
 * DatabaseBusyError with nothing half done, and the next tick tries again.
 */
export async function runDueJobs(now = new Date()) {
  const published = await changePublicContent(() => {
    const ids = publishDuePosts({ now });
    return { result: ids, postIds: ids, visible: ids.length > 0 };
  });
  for (const id of published) recordAudit({ action: "post.published_on_schedule", targetType: "post", targetId: id });
  const newsletters = await sendScheduledIssues(now);
  // Queued before sending, so a reminder goes out in the same round.
  const reminders = await queueDueReminders(now);
  const mail = await sendDueMail(now);
  const { deleted, deletedAudit } = await inWriteTransaction(() => {
    forgetEndedSessionsBefore({ before: now });
    deletePendingSubscribersBefore({ before: new Date(now.getTime() - UNCONFIRMED_SUBSCRIBER_DAYS * DAY_MS) });
    return {
      deleted: deleteClosedBefore({ before: new Date(now.getTime() - retentionDays() * DAY_MS) }),
      deletedAudit: deleteAuditBefore({ before: new Date(now.getTime() - auditRetentionDays() * DAY_MS) }),
    };
  });
  if (deleted) recordAudit({ action: "questions.retention_deleted", detail: { count: deleted } });
  // Posts in the trash longer than 30 days are removed for good.
  const deletedPosts = await purgeExpiredTrash(now);
  // Daily, when BACKUP_DIR is set; the last round's time is what the health check reports.
  const backup = await runScheduledBackup(now);
  recordSchedulerRun(new Date());
  return { published: published.length, newsletters, reminders, mail, deletedQuestions: deleted, deletedAuditEvents: deletedAudit, deletedPosts, backup };
}
