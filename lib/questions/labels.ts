import type { QuestionStatus } from "@/db/schema";

export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  new: "Nieuw",
  in_progress: "In behandeling",
  answered: "Beantwoord",
  spam: "Spam",
};
