import type { Metadata } from "next";
import Link from "next/link";
import { subscriberFromLink } from "@/lib/newsletter/subscriber-links";

export const metadata: Metadata = { title: "Afmelden voor de nieuwsbrief", robots: { index: false } };

/**
 * The unsubscribe link in every newsletter. Opening it changes nothing (link scanners open links); the button posts
 * to the same one-click address that mail programs use (app/api/nieuwsbrief/afmelden), without login.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ t?: string }> }) {
  const { t } = await searchParams;
  const found = subscriberFromLink(t, "unsubscribe");
  return (
    <div className="notice-page">
      <h1 className="page-title">Afmelden voor de nieuwsbrief</h1>
      {"message" in found || !t ? (
        <>
          <p role="alert">{"message" in found ? found.message : "Deze link is niet geldig."}</p>
          <p>
            <Link href="/nieuwsbrief">Naar de nieuwsbriefpagina</Link>
          </p>
        </>
      ) : found.subscriber.status === "unsubscribed" ? (
        <p>U bent al afgemeld. U ontvangt de nieuwsbrief niet meer.</p>
      ) : (
        <>
          <p>Wilt u de nieuwsbrief niet meer ontvangen? Eén klik op de knop is genoeg.</p>
          <form method="post" action={`/api/nieuwsbrief/afmelden?t=${encodeURIComponent(t)}`}>
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <input type="hidden" name="bron" value="pagina" />
            <button type="submit" className="button">
              Afmelden
            </button>
          </form>
          <p>
            Liever andere rubrieken? Dat kan via de link &quot;Rubrieken kiezen&quot; in de nieuwsbrief.
          </p>
        </>
      )}
    </div>
  );
}
