import "server-only";
import { siteUrl } from "@/lib/site";
import { signLink } from "./signed-link";

// Absolute links to the site for newsletter mail; every one that acts for a subscriber carries a signed token.

export const confirmUrl = (subscriberId: number) => `${siteUrl()}/nieuwsbrief/bevestigen?t=${signLink({ subscriberId, purpose: "confirm" })}`;
/** The page with the "Afmelden" button (what the link in the mail opens). */
export const unsubscribePageUrl = (subscriberId: number) => `${siteUrl()}/nieuwsbrief/afmelden?t=${signLink({ subscriberId, purpose: "unsubscribe" })}`;
/** RFC 8058 one-click: a POST here unsubscribes; a GET (a link scanner) only leads to the page above. */
export const oneClickUrl = (subscriberId: number) => `${siteUrl()}/api/nieuwsbrief/afmelden?t=${signLink({ subscriberId, purpose: "unsubscribe" })}`;
export const preferencesUrl = (subscriberId: number) => `${siteUrl()}/nieuwsbrief/voorkeuren?t=${signLink({ subscriberId, purpose: "preferences" })}`;
export const issueUrl = (issueId: number) => `${siteUrl()}/nieuwsbrief/${issueId}`;

/** The headers that let mail programs offer "unsubscribe" themselves (RFC 2369, RFC 8058). */
export function unsubscribeHeaders(subscriberId: number): Record<string, string> {
  return { "List-Unsubscribe": `<${oneClickUrl(subscriberId)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
