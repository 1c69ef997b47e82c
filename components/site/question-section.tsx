import { QuestionForm } from "@/components/site/question-form";
import { retentionDays } from "@/lib/retention";
import { formToken } from "@/lib/questions/spam-signals";
import { getSiteSettings } from "@/lib/settings/site-settings";

/**
 * The folded "Stel uw vraag aan <naam>" on articles and staff pages; the contact card's button (#stel-uw-vraag)
 * opens it. The wording fits the page: a question about this article, or a question for this colleague; the form
 * itself states the answer promise.
 */
export function QuestionSection({ recipientName, postId, personId }: { recipientName: string; postId?: number; personId?: number }) {
  const aboutArticle = postId !== undefined;
  return (
    <section id="stel-uw-vraag" className="question-box" aria-labelledby="stel-uw-vraag-titel" lang="nl">
      <h2 id="stel-uw-vraag-titel">{aboutArticle ? "Vragen over dit artikel?" : `Een vraag voor ${recipientName}?`}</h2>
      <p>{aboutArticle ? `${recipientName} helpt u graag verder met uw vraag over dit artikel.` : `Stel uw vraag rechtstreeks aan ${recipientName}.`}</p>
      <QuestionForm
        fold={`Stel uw vraag aan ${recipientName}`}
        recipientName={recipientName}
        postId={postId}
        personId={personId}
        formToken={formToken()}
        retentionDays={retentionDays()}
        answerWorkingDays={getSiteSettings().answerWorkingDays}
      />
    </section>
  );
}
