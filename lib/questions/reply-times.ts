import "server-only";
import { listAnsweredSince } from "@/db/queries/question-reminders";
import { median, workingDaysBetween } from "./working-days";

const WINDOW_DAYS = 180;

export type ReplyTime = { personId: number; name: string; answered: number; medianWorkingDays: number };

/** Per colleague the questions were addressed to: how many they answered in the last half year, and the median wait. */
export function replyTimesPerColleague(now = new Date()): ReplyTime[] {
  const rows = listAnsweredSince({ since: new Date(now.getTime() - WINDOW_DAYS * 86_400_000) });
  const byPerson = new Map<number, { name: string; days: number[] }>();
  for (const row of rows) {
    if (!row.recipientId || !row.answeredAt) continue;
    const entry = byPerson.get(row.recipientId) ?? { name: row.recipientName, days: [] };
    entry.days.push(workingDaysBetween(row.createdAt, row.answeredAt));
    byPerson.set(row.recipientId, entry);
  }
  return [...byPerson.entries()]
    .map(([personId, { name, days }]) => ({ personId, name, answered: days.length, medianWorkingDays: median(days) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
}
