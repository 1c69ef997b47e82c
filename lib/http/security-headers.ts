// Response headers for every route (next.config.ts). Evaluated when the build is made: SITE_URL is a build input.

/**
 * A static Content-Security-Policy, so cached and prerendered pages can carry it (a nonce would need a render per
 * request). Scripts and connections only from this origin; 'unsafe-inline' stays for scripts because the App
 * Router writes its page data as inline scripts. The first defence against injected markup remains that rich text
 * is validated on save and sanitised on render; this policy stops what slips through from loading code elsewhere,
 * sending forms elsewhere, rebasing links, embedding plugins or framing our pages.
 */
export function contentSecurityPolicy(https: boolean): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    // Only the editor shows a video inline; readers get a link (lib/content/render.ts).
    "frame-src https://www.youtube-nocookie.com",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders(siteUrl: string | undefined): { key: string; value: string }[] {
  const https = (siteUrl ?? "").startsWith("https://");
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(https) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    // Two years; only when the public address is https. Not includeSubDomains: other hosts of the domain may be http.
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000" }] : []),
  ];
}
