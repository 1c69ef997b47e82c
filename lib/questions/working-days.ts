// Working days as the answer promise counts them: Monday to Friday on the Amsterdam calendar. Public holidays are
// not left out (a deliberate simplification: an answer due on King's Day shows as overdue a day early).
import { TIME_ZONE } from "@/lib/dates";

const DAY_MS = 24 * 60 * 60 * 1000;
const calendarDate = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** Days since 1970-01-01 of the Amsterdam calendar date of `date` (a day number, not a moment). */
function amsterdamDay(date: Date): number {
  const [y, m, d] = calendarDate.format(date).split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

// 1970-01-01 was a Thursday: day number 0 has weekday 4 (Sunday 0).
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;

/**
 * Working days that have begun since `from`, up to and including the day of `to`: asked on Monday, it is 1 on
 * Tuesday and 2 on Wednesday; asked on Saturday, it is 1 on Monday. 0 on the day itself, and when `to` is earlier.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = amsterdamDay(from);
  const end = amsterdamDay(to);
  if (end <= start) return 0;
  const total = end - start;
  let count = Math.floor(total / 7) * 5;
  for (let day = start + Math.floor(total / 7) * 7 + 1; day <= end; day++) {
    const w = weekday(day);
    if (w !== 0 && w !== 6) count++;
  }
  return count;
}

/** Overdue once more working days have begun than were promised (promise 2: asked Monday, overdue on Thursday). */
export function isOverdue(age: number, promisedWorkingDays: number): boolean {
  return age > promisedWorkingDays;
}

const hourInAmsterdam = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", hourCycle: "h23" });

/** The moment an Amsterdam calendar day (a day number) begins: UTC midnight less the offset then (1 or 2 hours). */
function startOfAmsterdamDay(day: number): Date {
  const utcMidnight = day * DAY_MS;
  const offsetHours = Number(hourInAmsterdam.format(new Date(utcMidnight)));
  return new Date(utcMidnight - offsetHours * 60 * 60 * 1000);
}

/**
 * The moment before which a question is overdue at `now` (the same rule as isOverdue(workingDaysBetween(...))),
 * for a query that selects overdue questions by their creation time.
 */
export function overdueCutoff(now: Date, promisedWorkingDays: number): Date {
  const today = amsterdamDay(now);
  let day = today;
  while (workingDaysBetween(new Date(startOfAmsterdamDay(day).getTime() + 12 * 60 * 60 * 1000), now) <= promisedWorkingDays) day--;
  // `day` is the latest day whose questions are overdue; everything before the next day's start is.
  return startOfAmsterdamDay(day + 1);
}

const NUMBER_WORDS = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"];

/** Small numbers as Dutch words ("twee"), larger ones as figures, as Dutch house style writes them. */
export function dutchNumber(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : String(n).replace(".", ",");
}

/** "één werkdag", "twee werkdagen", "21 werkdagen". */
export function workingDaysPhrase(n: number): string {
  return `${dutchNumber(n)} ${n === 1 ? "werkdag" : "werkdagen"}`;
}

/** The inbox's short form with figures: "0 werkdagen", "1 werkdag", "1,5 werkdagen". */
export function workingDaysShort(n: number): string {
  return `${String(n).replace(".", ",")} ${n === 1 ? "werkdag" : "werkdagen"}`;
}

/** The median of some numbers (the mean of the middle two for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
