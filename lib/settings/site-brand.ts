import "server-only";
import { cache } from "react";
import { getMedia } from "@/db/queries/media";
import { mediaUrl } from "@/lib/media-urls";
import { getSiteSettings } from "@/lib/settings/site-settings";

export type SiteLogo = { src: string; width: number; height: number };

/** What the header shows: the site's name and, when an admin chose one from the media library, its logo. */
export const getSiteBrand = cache((): { name: string; tagline: string; logo: SiteLogo | null } => {
  const settings = getSiteSettings();
  const image = settings.logoMediaId ? getMedia({ id: settings.logoMediaId }) : null;
  // Shown at most 40 px high; the 320 px size is sharp enough for that on every screen.
  const logo = image ? { src: mediaUrl(image.storageKey, 320), width: image.width, height: image.height } : null;
  return { name: settings.siteName, tagline: settings.tagline, logo };
});
