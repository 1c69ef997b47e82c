import type { NewsletterStatus } from "@/db/schema";

export const ISSUE_STATUS_LABELS: Record<NewsletterStatus, string> = {
  draft: "Concept",
  scheduled: "Ingepland",
  sending: "Wordt verstuurd",
  sent: "Verstuurd",
};
