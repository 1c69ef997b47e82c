// How large a request body may be, by where it is sent. proxy.ts refuses larger bodies with 413 before Next.js
// reads them; the upload route (app/redactie/media/upload/route.ts) has its own, larger limit.

/** Public forms (a question, logging in, setting a password): a few kB of text each. */
export const PUBLIC_BODY_LIMIT = 64 * 1024;
/**
 * Dashboard server actions. The largest is the post editor: a text of up to 2,000,000 characters
 * (lib/posts/post-schema.ts) plus the other fields. Keep equal to `serverActions.bodySizeLimit` in next.config.ts.
 */
export const DASHBOARD_BODY_LIMIT = 3 * 1024 * 1024;

export function bodyLimitFor(pathname: string): number {
  return pathname === "/redactie" || pathname.startsWith("/redactie/") ? DASHBOARD_BODY_LIMIT : PUBLIC_BODY_LIMIT;
}
