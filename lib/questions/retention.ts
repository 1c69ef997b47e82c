/** How long answered and spam questions are kept (QUESTION_RETENTION_DAYS, default 365). */
export function retentionDays(): number {
  const days = Number(process.env.QUESTION_RETENTION_DAYS);
  return Number.isInteger(days) && days > 0 ? days : 365;
}
