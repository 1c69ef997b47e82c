/**
 * Whether a state-changing request comes from a page of this site: the browser's Origin header must name the host
 * the request was sent to (server actions check the same; route handlers must do it themselves).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
