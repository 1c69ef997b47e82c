import type { Metadata } from "next";
import Link from "next/link";
import { NewsletterSignup } from "@/components/site/newsletter-signup";
import { DateTime } from "@/components/ui/date-time";
import { listSentIssues } from "@/db/queries/newsletter-issues";
import { SITE_NAME } from "@/lib/site";

export const metadata: Metadata = {
  title: "Nieuwsbrief",
  description: `Elke week het nieuws en de agenda van ${SITE_NAME} in uw mailbox.`,
  alternates: { canonical: "/nieuwsbrief" },
};
// Refreshed when an issue is sent (lib/newsletter/issues.ts); the form's signed time stays recent.
export const revalidate = 3600;

export default function NewsletterPage() {
  const issues = listSentIssues({ limit: 100 });
  return (
    <div className="narrow-content">
      <h1 className="page-title">Nieuwsbrief</h1>
      <p className="page-intro">
        Elke week de nieuwe berichten en de komende evenementen en webinars van {SITE_NAME}. Kies desgewenst alleen de rubrieken
        die u volgt. We meten niet of u de nieuwsbrief opent of waarop u klikt.
      </p>
      <NewsletterSignup source="nieuwsbrief" />
      <section aria-labelledby="archief-titel">
        <h2 id="archief-titel">Eerdere nieuwsbrieven</h2>
        {issues.length === 0 ? (
          <p>Er zijn nog geen nieuwsbrieven verschenen.</p>
        ) : (
          <ul className="newsletter-archive">
            {issues.map((issue) => (
              <li key={issue.id}>
                <Link href={`/nieuwsbrief/${issue.id}`}>{issue.subject}</Link>
                {issue.sentAt && (
                  <>
                    {" "}
                    · <DateTime value={issue.sentAt} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
