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

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

/** A Date as the value of `<input type="datetime-local">` in Amsterdam time: `2025-06-20T14:30`. */
export function toAmsterdamInput(date: Date): string {
  const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Reads a datetime-local value (seconds optional) as Amsterdam time; null when it is not a valid date. */
export function fromAmsterdamInput(value: string): Date | null {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/);
  if (!m) return null;
  const [y, mo, d, h, mi, sec = 0] = m.slice(1).filter((x) => x !== undefined).map(Number) as [number, number, number, number, number, number?];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The Amsterdam offset at that moment (1 or 2 hours); computed twice to settle around DST changes.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const shown = toAmsterdamInput(new Date(guess));
    const [sy, smo, sd, sh, smi] = shown.split(/[-T:]/).map(Number) as [number, number, number, number, number];
    guess = asUtc - (Date.UTC(sy, smo - 1, sd, sh, smi) - guess);
  }
  if (toAmsterdamInput(new Date(guess)) !== value.slice(0, 16) || sec > 59) return null;
  return new Date(guess + sec * 1000);
}

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
// A date typed without a time is midday in Amsterdam: the same calendar day in every time zone readers are in.
const NOON = "12:00";

/**
 * A date as editors type it, read as Amsterdam time: `20 juni 2025`, `20-06-2025`, `20/6/2025` or `2025-06-20`,
 * optionally followed by a time (`10:30`, also after a comma); what `formatDateTime` writes reads back the same.
 * Null when it is not a real date.
 */
export function parseDutchDate(value: string): Date | null {
  const text = value.trim().toLowerCase().replace(/\s+/g, " ");
  const m =
    text.match(/^(\d{1,2}) ([a-z]+)\.? (\d{4})(?:,? (?:om )?(\d{1,2})[:.](\d{2}))?$/) ??
    text.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:,? (\d{1,2})[:.](\d{2}))?$/) ??
    text.match(/^(\d{4})-(\d{2})-(\d{2})(?:[ t](\d{1,2}):(\d{2}))?$/);
  if (!m) return null;
  const [, a, b, c, hour, minute] = m as unknown as [string, string, string, string, string | undefined, string | undefined];
  let day: string;
  let month: number;
  let year: string;
  if (a.length === 4) [year, month, day] = [a, Number(b), c];
  else {
    const named = MONTHS.findIndex((name) => name === b || (b.length >= 3 && name.startsWith(b)));
    month = /^\d+$/.test(b) ? Number(b) : named + 1;
    [day, year] = [a, c];
  }
  if (month < 1 || month > 12) return null;
  const time = hour !== undefined && minute !== undefined ? `${hour.padStart(2, "0")}:${minute}` : NOON;
  return fromAmsterdamInput(`${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}T${time}`);
}
