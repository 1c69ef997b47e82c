import { NewsletterForm } from "@/components/site/newsletter-form";
import { listSections } from "@/db/queries/sections";
import type { SignupSource } from "@/lib/newsletter/consent";
import { formToken } from "@/lib/questions/spam-signals";
import "@/app/styles/newsletter.css";

const HEADINGS: Record<SignupSource, string> = { nieuwsbrief: "Aanmelden", voettekst: "Nieuwsbrief", vraag: "Blijf op de hoogte" };

/**
 * The sign-up block: compact (e-mail only) in the footer and after a question, with section checkboxes on
 * /nieuwsbrief. Each place records itself as the consent's source.
 */
export function NewsletterSignup({ source = "voettekst" }: { source?: SignupSource }) {
  const full = source === "nieuwsbrief";
  const headingId = `nieuwsbrief-${source}-titel`;
  return (
    <section className={`newsletter-signup newsletter-signup--${source}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{HEADINGS[source]}</h2>
      {!full && <p>Elke week het belangrijkste Europese onderwijs- en onderzoeksnieuws in uw mailbox.</p>}
      <NewsletterForm source={source} formToken={formToken()} sections={full ? listSections().map(({ id, name }) => ({ id, name })) : undefined} />
    </section>
  );
}
