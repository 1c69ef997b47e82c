import Link from "next/link";
import { listSections } from "@/db/queries/sections";
import { getSiteBrand } from "@/lib/settings/site-brand";

/**
 * One line on phones: the name and a menu button. The menu is a <details>, so it opens without JavaScript; on wide
 * screens site.css shows its contents inline (::details-content) and hides the button.
 */
export function SiteHeader() {
  const brand = getSiteBrand();
  const items = [
    { href: "/nieuws", label: "Nieuws" },
    ...listSections().map((s) => ({ href: `/${s.slug}`, label: s.name })),
    { href: "/agenda", label: "Agenda" },
    { href: "/medewerkers", label: "Medewerkers" },
    { href: "/contact", label: "Contact" },
  ];
  return (
    <header className="site-header">
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <div className="site-header__inner">
        <Link href="/" className="site-logo">
          {brand.logo ? (
            // eslint-disable-next-line @next/next/no-img-element -- already a sized WebP from our media route
            <img className="site-logo__image" src={brand.logo.src} alt={brand.name} width={brand.logo.width} height={brand.logo.height} />
          ) : (
            brand.name
          )}
        </Link>
        <details className="site-menu">
          <summary className="site-menu__button">
            <span className="site-menu__icon" aria-hidden="true" />
            Menu
          </summary>
          <div className="site-menu__panel">
            <nav aria-label="Hoofdmenu">
              <ul className="site-nav">
                {items.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href}>{item.label}</Link>
                  </li>
                ))}
              </ul>
            </nav>
            <form role="search" aria-label="Zoeken op de site" action="/zoeken" className="header-search">
              <label htmlFor="kop-zoeken" className="visually-hidden">
                Zoeken
              </label>
              <input id="kop-zoeken" name="q" type="search" placeholder="Zoeken" />
              <button type="submit">Zoek</button>
            </form>
          </div>
        </details>
      </div>
    </header>
  );
}
