import "@/app/styles/question-age.css";
import type { QuestionStatus } from "@/db/schema";
import { isOverdue, workingDaysBetween, workingDaysShort } from "@/lib/questions/working-days";

export const isOpen = (status: QuestionStatus) => status === "new" || status === "in_progress";

/** Whether an open question has waited longer than the site promises. */
export function questionOverdue(q: { status: QuestionStatus; createdAt: Date }, promised: number, now: Date): boolean {
  return isOpen(q.status) && isOverdue(workingDaysBetween(q.createdAt, now), promised);
}

/** How long an open question has waited, in working days; "Te laat" in words when past the promise. */
export function QuestionAge({ status, createdAt, promised, now }: { status: QuestionStatus; createdAt: Date; promised: number; now: Date }) {
  if (!isOpen(status)) return <span className="question-age">—</span>;
  const age = workingDaysBetween(createdAt, now);
  if (!isOverdue(age, promised)) return <span className="question-age">{workingDaysShort(age)}</span>;
  return (
    <span className="question-age question-age--overdue">
      Te laat: {workingDaysShort(age)} <span className="visually-hidden">(beloofd: binnen {workingDaysShort(promised)})</span>
    </span>
  );
}
