// CSRF check for requests that change something, as Next.js does for server actions: a browser names the page a
// POST came from in Origin, and it must be this site. No Origin at all is not a browser's cross-site request.

/** The host the browser addressed: the forwarding proxy's X-Forwarded-Host, else Host. */
function addressedHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  if (origin === "null") return false;
  try {
    return new URL(origin).host === addressedHost(headers);
  } catch {
    return false;
  }
}
