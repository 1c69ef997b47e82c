import type { Metadata } from "next";
import Link from "next/link";
import { retentionDays } from "@/lib/retention";
import { SITE_NAME } from "@/lib/site";

export const metadata: Metadata = { title: "Privacy", description: `Hoe ${SITE_NAME} omgaat met uw gegevens.`, alternates: { canonical: "/privacy" } };
export const revalidate = 3600;

export default function PrivacyPage() {
  const days = retentionDays();
  return (
    <div className="narrow-content prose">
      <h1 className="page-title">Privacyverklaring</h1>
      <p>{SITE_NAME} gaat zorgvuldig om met uw gegevens. Hier leest u welke gegevens we verwerken, waarom, en hoe lang.</p>

      <h2>Lezen</h2>
      <p>
        Voor het lezen van onze site zetten we geen cookies en laden we niets van andere partijen: geen advertenties, geen
        statistiekdiensten, geen lettertypen of video&apos;s van andere servers. Een video van YouTube laadt pas als u er zelf op
        klikt, via het privacyvriendelijke domein youtube-nocookie.com.
      </p>

      <h2>Stel uw vraag</h2>
      <p>Als u een vraag stelt via &quot;Stel uw vraag&quot; of de <Link href="/contact">contactpagina</Link>, bewaren we:</p>
      <ul>
        <li>uw naam, e-mailadres en (als u die opgeeft) uw organisatie, om u te kunnen antwoorden;</li>
        <li>uw vraag, het bericht waarbij u haar stelde, en ons antwoord;</li>
        <li>
          een versleutelde afgeleide van uw IP-adres (een zogeheten keyed hash), alleen om misbruik te beperken. Uw IP-adres
          zelf slaan we nergens op.
        </li>
      </ul>
      <p>
        <strong>Wie ontvangt uw vraag?</strong> De medewerker die als contactpersoon bij het bericht staat, of de collega die u
        kiest. Is die niet beschikbaar, dan komt uw vraag in onze algemene inbox, waar redacteuren haar doorsturen. Zij krijgen
        een melding per e-mail; de vraag zelf staat in onze eigen redactieomgeving.
      </p>
      <p>
        <strong>Hoe lang?</strong> We verwijderen uw vraag, ons antwoord en de bijbehorende e-mails automatisch {days} dagen nadat
        de vraag is beantwoord (of als spam is aangemerkt). Onze logbestanden bevatten nooit de tekst van uw vraag of uw
        e-mailadres.
      </p>
      <p>
        <strong>Uw rechten.</strong> U kunt ons vragen welke gegevens we van u hebben, om een kopie daarvan (in een gangbaar
        formaat), of om ze te laten wissen. Stuur daarvoor een bericht via de <Link href="/contact">contactpagina</Link>; een
        redacteur zoekt alles op dat bij uw e-mailadres hoort, en stuurt u een export of wist het.
      </p>

      <h2 id="nieuwsbrief">Nieuwsbrief</h2>
      <p>
        Als u zich aanmeldt voor de <Link href="/nieuwsbrief">nieuwsbrief</Link>, bewaren we uw e-mailadres, de rubrieken die u
        kiest, en wanneer, via welk formulier en met welke tekst u toestemming gaf. Pas nadat u de link in onze bevestigingsmail
        heeft aangeklikt, sturen we u de nieuwsbrief; bevestigt u niet, dan vergeten we uw adres na zeven dagen.
      </p>
      <p>
        We versturen de nieuwsbrief met onze eigen mailserver, zonder andere partijen. We meten niet of u hem opent of waarop u
        klikt: er zitten geen volgpixels in, geen afbeeldingen van andere servers, en de links gaan rechtstreeks naar onze site.
      </p>
      <p>
        <strong>Afmelden</strong> kan met één klik via de link onderaan elke nieuwsbrief (of met de afmeldknop van uw
        mailprogramma), zonder in te loggen. Via een link in elke nieuwsbrief kiest u ook andere rubrieken. Na afmelden sturen we
        u niets meer; wilt u dat we ook uw adres wissen, vraag het dan via de <Link href="/contact">contactpagina</Link>.
      </p>

      <h2>Medewerkers</h2>
      <p>Voor medewerkers die inloggen bewaren we een logboek van inloggen en wijzigingen, met een versleutelde afgeleide van het IP-adres.</p>
    </div>
  );
}
