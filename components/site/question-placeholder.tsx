import type { PublishedPost } from "@/db/queries/public-posts";

type Person = NonNullable<PublishedPost["contactPerson"]>;

/** Where "Stel uw vraag" leads until the question form exists: the contact person's address. */
export function QuestionPlaceholder({ person }: { person: Person }) {
  return (
    <section id="stel-uw-vraag" className="question-box" aria-labelledby="stel-uw-vraag-titel" lang="nl">
      <h2 id="stel-uw-vraag-titel">Stel uw vraag</h2>
      <p>
        Heeft u een vraag over dit onderwerp? {person.name} ({person.jobTitle.toLowerCase()}) helpt u graag verder
        {person.email ? (
          <>
            {" "}via <a href={`mailto:${person.email}`}>{person.email}</a>.
          </>
        ) : (
          "."
        )}
      </p>
    </section>
  );
}
