// Dates as Dutch readers expect them, always in Amsterdam time whatever the server's zone.
export const TIME_ZONE = "Europe/Amsterdam";

const longDate = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const time = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE });

/** `20 juni 2025` */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** `20 juni 2025, 14:30` */
export function formatDateTime(date: Date): string {
  return `${longDate.format(date)}, ${time.format(date)}`;
}

/** Machine-readable value for `<time datetime>`. */
export function isoDateTime(date: Date): string {
  return date.toISOString();
}
