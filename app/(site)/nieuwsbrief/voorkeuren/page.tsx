import type { Metadata } from "next";
import Link from "next/link";
import { NewsletterPreferencesForm } from "@/components/site/newsletter-preferences-form";
import { listSections } from "@/db/queries/sections";
import { subscriberFromLink } from "@/lib/newsletter/subscriber-links";
import "@/app/styles/newsletter.css";

export const metadata: Metadata = { title: "Rubrieken kiezen", robots: { index: false } };

/** The "Rubrieken kiezen" link in every newsletter: a signed link, no login. */
export default async function PreferencesPage({ searchParams }: { searchParams: Promise<{ t?: string; opgeslagen?: string }> }) {
  const { t, opgeslagen } = await searchParams;
  const found = subscriberFromLink(t, "preferences");
  const usable = !("message" in found) && found.subscriber.status === "confirmed";
  return (
    <div className="notice-page">
      <h1 className="page-title">Rubrieken kiezen</h1>
      {usable && t ? (
        <>
          {opgeslagen !== undefined && (
            <p className="form-summary form-summary--success" role="status">
              Uw keuze is opgeslagen.
            </p>
          )}
          <p>Kies de rubrieken waarover u de nieuwsbrief wilt ontvangen.</p>
          <NewsletterPreferencesForm token={t} sections={listSections().map(({ id, name }) => ({ id, name }))} chosen={found.subscriber.sectionIds} />
        </>
      ) : (
        <>
          <p role="alert">{"message" in found ? found.message : "U ontvangt de nieuwsbrief niet (meer). Meld u opnieuw aan via de nieuwsbriefpagina."}</p>
          <p>
            <Link href="/nieuwsbrief">Naar de nieuwsbriefpagina</Link>
          </p>
        </>
      )}
    </div>
  );
}
