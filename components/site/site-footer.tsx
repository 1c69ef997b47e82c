import Link from "next/link";
import { NewsletterSignup } from "@/components/site/newsletter-signup";
import { SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{SITE_NAME} informeert Nederlandse onderwijs- en kennisinstellingen over Europees beleid.</p>
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
      </div>
    </footer>
  );
}
