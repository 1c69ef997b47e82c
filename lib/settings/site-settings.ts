import "server-only";
import { cache } from "react";
import { readSettings, writeSettings } from "@/db/queries/settings";
import { ROLE_VALUES } from "@/lib/settings/roles";
import { type SettingKey, type SiteSettings, siteSettingsSchema } from "@/lib/settings/settings-schema";
import { SITE_NAME } from "@/lib/site";

/** First-run values: the environment where it has a say, otherwise the reference office's conventions. */
export function defaultSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const roles = (env.STAFF_2FA_ROLES ?? "admin,editor")
    .split(",")
    .map((r) => r.trim())
    .filter((r): r is (typeof ROLE_VALUES)[number] => (ROLE_VALUES as readonly string[]).includes(r));
  return {
    siteName: SITE_NAME,
    tagline: "",
    logoMediaId: null,
    address: "",
    phone: "",
    email: "",
    socialLinks: [],
    answerWorkingDays: 2,
    reminderWorkingDays: 2,
    newsletterPerMinute: 30,
    twoFactorRoles: roles,
  };
}

/**
 * The site's settings: each stored value that still passes its schema, else the default. Read once per request
 * (React cache); a stored value that no longer parses (an older format) never breaks a page.
 */
export const getSiteSettings = cache((): SiteSettings => {
  const stored = readSettings();
  const settings = defaultSettings();
  const shape = siteSettingsSchema.shape;
  for (const key of Object.keys(shape) as SettingKey[]) {
    if (!(key in stored)) continue;
    const parsed = shape[key].safeParse(stored[key]);
    if (parsed.success) (settings as Record<SettingKey, unknown>)[key] = parsed.data;
  }
  return settings;
});

/** Stores validated settings (the caller checked the permission and parsed them with siteSettingsSchema). */
export function saveSiteSettings({ values, userId }: { values: Partial<SiteSettings>; userId: number }) {
  writeSettings({ values, userId });
}
