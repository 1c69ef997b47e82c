import { QuestionForm } from "@/components/site/question-form";
import { workingDaysPhrase } from "@/lib/settings/answer-promise";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { retentionDays } from "@/lib/retention";
import { formToken } from "@/lib/questions/spam-signals";

/**
 * The folded "Stel uw vraag aan <naam>" on articles and staff pages; the contact card's button (#stel-uw-vraag)
 * opens it. The wording fits the page: a question about this article, or a question for this colleague.
 */
export function QuestionSection({ recipientName, postId, personId }: { recipientName: string; postId?: number; personId?: number }) {
  const promise = workingDaysPhrase(getSiteSettings().answerWorkingDays);
  const aboutArticle = postId !== undefined;
  return (
    <section id="stel-uw-vraag" className="question-box" aria-labelledby="stel-uw-vraag-titel" lang="nl">
      <h2 id="stel-uw-vraag-titel">{aboutArticle ? "Vragen over dit artikel?" : `Een vraag voor ${recipientName}?`}</h2>
      <p>
        {aboutArticle
          ? `${recipientName} beantwoordt uw vraag over dit artikel doorgaans binnen ${promise}, per e-mail.`
          : `Stel uw vraag rechtstreeks; u krijgt doorgaans binnen ${promise} antwoord, per e-mail.`}
      </p>
      <QuestionForm fold={`Stel uw vraag aan ${recipientName}`} recipientName={recipientName} postId={postId} personId={personId} formToken={formToken()} retentionDays={retentionDays()} />
    </section>
  );
}
