import Link from "next/link";
import { listSections } from "@/db/queries/sections";
import { SITE_NAME } from "@/lib/site";

export function SiteHeader() {
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
          {SITE_NAME}
        </Link>
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
    </header>
  );
}
