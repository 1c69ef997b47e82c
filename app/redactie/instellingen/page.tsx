import type { Metadata } from "next";
import { SettingsForm, type SettingsFormValues } from "@/components/redactie/settings-form";
import { listMedia } from "@/db/queries/media";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { ROLE_VALUES } from "@/lib/settings/roles";
import { SOCIAL_ROWS } from "@/lib/settings/settings-form";
import { getSiteSettings } from "@/lib/settings/site-settings";

export const metadata: Metadata = { title: "Instellingen" };

export default async function SettingsPage() {
  await requirePermission("settings.manage", "/redactie/instellingen");
  const settings = getSiteSettings();
  // The form posts strings; the saved settings as the inputs will show them.
  const initial: SettingsFormValues = {
    siteName: settings.siteName,
    tagline: settings.tagline,
    logoMediaId: settings.logoMediaId ? String(settings.logoMediaId) : "",
    address: settings.address,
    phone: settings.phone,
    email: settings.email,
    answerWorkingDays: String(settings.answerWorkingDays),
    reminderWorkingDays: String(settings.reminderWorkingDays),
    newsletterPerMinute: String(settings.newsletterPerMinute),
    ...Object.fromEntries(settings.socialLinks.slice(0, SOCIAL_ROWS).flatMap((link, i) => [[`socialLabel${i}`, link.label], [`socialUrl${i}`, link.url]])),
    ...Object.fromEntries(settings.twoFactorRoles.map((role) => [`twoFactor_${role}`, "on"])),
  };
  const media = listMedia().map((m) => ({ value: String(m.id), label: m.alt || m.originalName }));
  const roles = ROLE_VALUES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
  return (
    <>
      <h1 className="page-title">Instellingen</h1>
      <p className="page-intro">De naam en contactgegevens van de organisatie, zoals lezers ze zien, en afspraken voor vragen en de nieuwsbrief.</p>
      <SettingsForm initial={initial} media={media} roles={roles} socialRows={SOCIAL_ROWS} />
    </>
  );
}
