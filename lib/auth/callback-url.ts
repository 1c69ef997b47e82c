/** Where to go after logging in: only a path on this site, never another origin. */
export function safeCallbackUrl(value: unknown, fallback = "/redactie"): string {
  if (typeof value !== "string" || value.length > 512 || !value.startsWith("/")) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://local.invalid");
    if (url.origin !== "http://local.invalid") return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Check what is returned, not what came in: "/..//evil.example" normalises to "//evil.example", which a
    // browser reads as another host.
    return isLocalPath(path) ? path : fallback;
  } catch {
    return fallback;
  }
}

function isLocalPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.includes("\\") && !/[\u0000-\u001f]/.test(path);
}
