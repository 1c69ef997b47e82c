/** Where to go after logging in: only a path on this site, never another origin. */
export function safeCallbackUrl(value: unknown, fallback = "/redactie"): string {
  if (typeof value !== "string" || value.length > 512) return fallback;
  // "//evil.example" and "/\evil.example" are protocol-relative URLs to another host in browsers.
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://local.invalid");
    if (url.origin !== "http://local.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
