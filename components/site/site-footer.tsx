import Link from "next/link";
import { OrganisationContact } from "@/components/site/organisation-contact";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { NewsletterSignup } from "@/components/site/newsletter-signup";

export function SiteFooter() {
  const settings = getSiteSettings();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <div className="site-footer__about">
          <p className="site-footer__name">{settings.siteName}</p>
          <p>{settings.tagline || `${settings.siteName} informeert Nederlandse onderwijs- en kennisinstellingen over Europees beleid.`}</p>
          <OrganisationContact settings={settings} />
        </div>
        <NewsletterSignup />
        <nav aria-label="Voettekst">
          <ul className="footer-nav">
            <li><Link href="/contact">Contact</Link></li>
            <li><Link href="/privacy">Privacy</Link></li>
            <li><Link href="/toegankelijkheid">Toegankelijkheid</Link></li>
            <li><a href="/feed.xml">RSS</a></li>
            <li><a href="/atom.xml">Atom</a></li>
            <li><Link href="/inloggen">Inloggen voor medewerkers</Link></li>
          </ul>
        </nav>
        {settings.socialLinks.length > 0 && (
          <nav aria-label="Sociale media">
            <ul className="footer-nav">
              {settings.socialLinks.map((link) => (
                <li key={link.url}>
                  <a href={link.url} rel="noopener noreferrer me">{link.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </footer>
  );
}
