import type { Metadata } from "next";
import { OrganisationContact } from "@/components/site/organisation-contact";
import { QuestionForm } from "@/components/site/question-form";
import { listActivePeople } from "@/db/queries/people";
import { listSections } from "@/db/queries/sections";
import { retentionDays } from "@/lib/retention";
import { formToken } from "@/lib/questions/spam-signals";
import { getSiteSettings } from "@/lib/settings/site-settings";

export const metadata: Metadata = {
  title: "Contact",
  description: "Stel uw vraag aan een van onze medewerkers.",
  alternates: { canonical: "/contact" },
};
export const revalidate = 300;

export default function ContactPage() {
  const settings = getSiteSettings();
  const colleagues = listActivePeople().map((p) => ({ value: String(p.id), label: `${p.name}, ${p.jobTitle.toLowerCase()}` }));
  const topics = listSections().map((s) => ({ value: s.slug, label: s.name }));
  const hasContact = Boolean(settings.address || settings.phone || settings.email);
  return (
    <>
      <h1 className="page-title">Contact</h1>
      <p className="page-intro">
        Heeft u een vraag over Europees onderwijs-, onderzoeks- of innovatiebeleid? Kies een medewerker of een onderwerp;
        weet u het niet, dan zorgen wij dat uw vraag bij de juiste collega komt.
      </p>
      <div className="contact-layout">
        <section aria-labelledby="stel-uw-vraag-titel" id="stel-uw-vraag">
          <h2 id="stel-uw-vraag-titel">Stel uw vraag</h2>
          <QuestionForm formToken={formToken()} retentionDays={retentionDays()} answerWorkingDays={settings.answerWorkingDays} colleagues={colleagues} topics={topics} />
        </section>
        {hasContact && (
          <section aria-labelledby="bereikbaar-titel">
            <h2 id="bereikbaar-titel">Zo bereikt u ons</h2>
            <OrganisationContact settings={settings} />
          </section>
        )}
      </div>
    </>
  );
}
