// The one rule for URLs in rich text and in post fields: http, https and mailto only.
const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

export function isSafeHref(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const href = value.trim();
  if (href === "" || href.length > 2048) return false;
  // Site-relative links ("/onderzoek/x", "#stel-uw-vraag") carry no scheme; "//host" would.
  if (/^(\/(?!\/)|#)/.test(href)) return true;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

// Images come only from our own media library, so a page never loads an image from another server.
export function isSafeImageSrc(value: unknown): value is string {
  return typeof value === "string" && /^\/media\/[a-f0-9]{24}\/\d{3,4}\.webp$/.test(value);
}

const YOUTUBE_ID = /^[\w-]{6,20}$/;

// Extracts the video id of a YouTube address; anything else is refused.
export function youtubeId(value: unknown): string | null {
  if (typeof value !== "string") return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "https:") return null;
  const host = url.hostname.replace(/^(www|m)\./, "");
  let id: string | null = null;
  if (host === "youtu.be") id = url.pathname.slice(1);
  else if (host === "youtube.com" || host === "youtube-nocookie.com") {
    const embed = url.pathname.match(/^\/(?:embed|shorts|live)\/([^/]+)/);
    id = embed?.[1] ?? url.searchParams.get("v");
  }
  return id && YOUTUBE_ID.test(id) ? id : null;
}
