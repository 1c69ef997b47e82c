// Labels of the article rail (the reference page's "Highlighted", "Watch Now", "Analyse", "REGISTREER NU").
// No server dependencies: the rail editor offers the same list.

export const RAIL_LABELS = ["Uitgelicht", "Terugkijken", "Analyse", "Registreer nu", "Aanmelden"] as const;
export const RAIL_MAX_ITEMS = 4;

/**
 * What the automatic rail calls a webinar: "Aanmelden" until it has taken place, "Terugkijken" once it has a
 * recording; a past webinar without a recording is only a webinar. Never "Terugkijken" for one still to come.
 */
export function webinarLabel(webinar: { eventStartsAt: Date | null; recordingUrl: string | null }, now: Date): string {
  const upcoming = webinar.eventStartsAt !== null && webinar.eventStartsAt.getTime() > now.getTime();
  if (upcoming) return "Aanmelden";
  return webinar.recordingUrl ? "Terugkijken" : "Webinar";
}
