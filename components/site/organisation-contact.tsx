import type { SiteSettings } from "@/lib/settings/settings-schema";

/** The office's address, phone and general e-mail from the site settings; nothing when none is filled in. */
export function OrganisationContact({ settings, className }: { settings: SiteSettings; className?: string }) {
  const { address, phone, email, siteName } = settings;
  if (!address && !phone && !email) return null;
  return (
    <address className={className ? `org-contact ${className}` : "org-contact"}>
      {address && (
        <p className="org-contact__address">
          <span className="visually-hidden">Adres: </span>
          {siteName}
          <br />
          {address.split("\n").map((line, i) => (
            <span key={i}>
              {line}
              <br />
            </span>
          ))}
        </p>
      )}
      {(phone || email) && (
        <p>
          {phone && (
            <>
              Telefoon: <a href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{phone}</a>
              <br />
            </>
          )}
          {email && (
            <>
              E-mail: <a href={`mailto:${email}`}>{email}</a>
            </>
          )}
        </p>
      )}
    </address>
  );
}
