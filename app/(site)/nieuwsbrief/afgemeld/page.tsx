import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Afgemeld", robots: { index: false } };

export default function UnsubscribedPage() {
  return (
    <div className="notice-page">
      <h1 className="page-title">U bent afgemeld</h1>
      <p>U ontvangt de nieuwsbrief niet meer. U hoeft verder niets te doen.</p>
      <p>
        <Link href="/nieuwsbrief">Toch weer aanmelden</Link>
      </p>
    </div>
  );
}
