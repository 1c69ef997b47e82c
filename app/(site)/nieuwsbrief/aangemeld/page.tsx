import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Bevestig uw aanmelding", robots: { index: false } };

/** The same answer for every address, subscribed or not. */
export default function SignedUpPage() {
  return (
    <div className="notice-page">
      <h1 className="page-title">Bijna klaar: bevestig uw aanmelding</h1>
      <p>
        Als dit adres nog niet is aangemeld, ontvangt u zo een e-mail met een link om uw aanmelding te bevestigen. Pas daarna
        sturen we u de nieuwsbrief. De link is zeven dagen geldig.
      </p>
      <p>Geen e-mail ontvangen? Kijk ook in uw map met ongewenste e-mail.</p>
      <p>
        <Link href="/">Terug naar de voorpagina</Link>
      </p>
    </div>
  );
}
