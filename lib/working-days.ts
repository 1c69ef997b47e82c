// Working days (Monday to Friday) for answer promises; public holidays are not counted out.

/** The moment `days` working days before `now`: a question asked before it has waited longer than promised. */
export function workingDaysBefore(now: Date, days: number): Date {
  const date = new Date(now);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() - 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date;
}
