import type { Metadata } from "next";
import Link from "next/link";
import { NewsletterSignup } from "@/components/site/newsletter-signup";
import { getPersonBySlug } from "@/db/queries/people";
import { getPublicPostLink } from "@/db/queries/post-links";
import { workingDaysPhrase } from "@/lib/questions/working-days";
import { getSiteSettings } from "@/lib/settings/site-settings";

export const metadata: Metadata = { title: "Uw vraag is verstuurd", robots: { index: false } };

export default async function QuestionSentPage({ searchParams }: { searchParams: Promise<{ door?: string; bericht?: string }> }) {
  const { door, bericht } = await searchParams;
  const person = door ? getPersonBySlug({ slug: door }) : null;
  const postId = Number(bericht);
  const post = Number.isSafeInteger(postId) && postId > 0 ? getPublicPostLink({ id: postId }) : null;
  return (
    <div className="notice-page">
      <h1 className="page-title">Uw vraag is verstuurd</h1>
      <p>
        Bedankt. {person ? <strong>{person.name}</strong> : "Een van onze medewerkers"}
        {person?.jobTitle ? ` (${person.jobTitle.toLowerCase()})` : ""} beantwoordt uw vraag doorgaans binnen{" "}
        {workingDaysPhrase(getSiteSettings().answerWorkingDays)}, per e-mail.
      </p>
      {post && (
        <p>
          <Link href={post.path}>Terug naar het artikel “{post.title}”</Link>
        </p>
      )}
      <p>
        <Link href="/">Terug naar de voorpagina</Link>
      </p>
      <NewsletterSignup source="vraag" />
    </div>
  );
}
