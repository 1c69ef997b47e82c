// How long personal data and logs are kept; days from the environment, with safe defaults.

function days(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Answered and spam questions are deleted this many days after they were closed (QUESTION_RETENTION_DAYS). */
export function retentionDays(): number {
  return days(process.env.QUESTION_RETENTION_DAYS, 365);
}

/** The audit log keeps entries this many days (AUDIT_RETENTION_DAYS). */
export function auditRetentionDays(): number {
  return days(process.env.AUDIT_RETENTION_DAYS, 365);
}

/** Newsletter sign-ups that were never confirmed are deleted after this many days (their link has expired). */
export const UNCONFIRMED_SUBSCRIBER_DAYS = 7;
