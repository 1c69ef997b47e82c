import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Aanmelding bevestigd", robots: { index: false } };

export default function ConfirmedPage() {
  return (
    <div className="notice-page">
      <h1 className="page-title">U bent aangemeld</h1>
      <p>Bedankt. U ontvangt voortaan de nieuwsbrief; in elke nieuwsbrief staat een link om u met één klik af te melden.</p>
      <p>
        <Link href="/nieuwsbrief">Naar de eerdere nieuwsbrieven</Link>
      </p>
    </div>
  );
}
