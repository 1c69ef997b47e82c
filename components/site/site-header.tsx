import Link from "next/link";
import { listSections } from "@/db/queries/sections";
import { SITE_NAME } from "@/lib/site";

export function SiteHeader() {
  const sections = listSections();
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
            {sections.map((section) => (
              <li key={section.slug}>
                <Link href={`/${section.slug}`}>{section.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
