import { QuestionForm } from "@/components/site/question-form";
import { retentionDays } from "@/lib/retention";
import { formToken } from "@/lib/questions/spam-signals";
import { getSiteSettings } from "@/lib/settings/site-settings";

/** The "Stel uw vraag" block on articles and staff pages; the contact card's button leads here. */
export function QuestionSection({ recipientName, postId, personId }: { recipientName: string; postId?: number; personId?: number }) {
  return (
    <section id="stel-uw-vraag" className="question-box" aria-labelledby="stel-uw-vraag-titel" lang="nl">
      <h2 id="stel-uw-vraag-titel">Stel uw vraag</h2>
      <p>Heeft u een vraag over dit onderwerp? Stel haar aan {recipientName}.</p>
      <QuestionForm recipientName={recipientName} postId={postId} personId={personId} formToken={formToken()} retentionDays={retentionDays()} answerWorkingDays={getSiteSettings().answerWorkingDays} />
    </section>
  );
}
