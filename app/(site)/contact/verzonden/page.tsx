import type { Metadata } from "next";
import Link from "next/link";
import { NewsletterSignup } from "@/components/site/newsletter-signup";
import { getPersonBySlug } from "@/db/queries/people";

export const metadata: Metadata = { title: "Uw vraag is verstuurd", robots: { index: false } };

export default async function QuestionSentPage({ searchParams }: { searchParams: Promise<{ door?: string }> }) {
  const { door } = await searchParams;
  const person = door ? getPersonBySlug({ slug: door }) : null;
  return (
    <div className="notice-page">
      <h1 className="page-title">Uw vraag is verstuurd</h1>
      <p>
        Bedankt. {person ? <strong>{person.name}</strong> : "Een van onze medewerkers"}
        {person?.jobTitle ? ` (${person.jobTitle.toLowerCase()})` : ""} beantwoordt uw vraag doorgaans binnen twee werkdagen, per e-mail.
      </p>
      <p>
        <Link href="/">Terug naar de voorpagina</Link>
      </p>
      <NewsletterSignup source="vraag" />
    </div>
  );
}
