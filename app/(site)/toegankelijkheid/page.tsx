import type { Metadata } from "next";
import Link from "next/link";
import { SITE_NAME } from "@/lib/site";

export const metadata: Metadata = { title: "Toegankelijkheid", description: `Toegankelijkheidsverklaring van ${SITE_NAME}.`, alternates: { canonical: "/toegankelijkheid" } };
export const revalidate = 86400;

export default function AccessibilityPage() {
  return (
    <div className="narrow-content prose">
      <h1 className="page-title">Toegankelijkheidsverklaring</h1>
      <p>
        {SITE_NAME} wil dat iedereen deze site kan gebruiken, ook met een schermlezer, alleen een toetsenbord, vergroting of
        een trage verbinding. We streven naar de eisen van de Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA.
      </p>
      <h2>Wat we doen</h2>
      <ul>
        <li>Elke pagina heeft een logische opbouw met koppen en herkenbare gebieden, en een link om direct naar de inhoud te gaan.</li>
        <li>Alles werkt met het toetsenbord, met een goed zichtbare focus.</li>
        <li>Kleuren hebben voldoende contrast; afbeeldingen hebben een tekstalternatief.</li>
        <li>Formulieren melden fouten in tekst, naast het veld én in een overzicht bovenaan, en houden vast wat u typte.</li>
        <li>Bij elke wijziging van de site controleren automatische tests elke paginasoort met axe op de WCAG 2.1 AA-criteria.</li>
      </ul>
      <h2>Wat nog niet goed gaat</h2>
      <p>
        Video&apos;s van YouTube hebben de ondertiteling die de maker aanbiedt; die controleren we niet altijd. Oudere bijlagen van
        derden (zoals pdf&apos;s van Europese instellingen) zijn niet altijd toegankelijk.
      </p>
      <h2>Iets gevonden?</h2>
      <p>
        Loopt u ergens tegenaan? Laat het ons weten via de <Link href="/contact">contactpagina</Link>. We antwoorden binnen
        twee werkdagen en lossen het probleem zo snel mogelijk op.
      </p>
    </div>
  );
}
