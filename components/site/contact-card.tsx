import type { PublishedPost } from "@/db/queries/public-posts";
import { PersonPhoto } from "./person-photo";

type Person = NonNullable<PublishedPost["contactPerson"]>;

/** The article's contact person, rendered once and placed by CSS: after the title on phones, beside the text on wide screens. */
export function ContactCard({ person }: { person: Person }) {
  return (
    <aside className="contact-card" aria-labelledby="contactpersoon">
      <h2 id="contactpersoon" className="visually-hidden">
        Contactpersoon
      </h2>
      <PersonPhoto name={person.name} photoKey={person.photoKey} photoAlt={person.photoAlt} />
      <div>
        <p className="contact-card__name">{person.name}</p>
        <p className="contact-card__role">{person.jobTitle}</p>
      </div>
      <p className="contact-card__prompt">Meer informatie nodig? Stel uw vraag aan één van onze medewerkers.</p>
      <a className="button" href="#stel-uw-vraag">
        Stel uw vraag
      </a>
    </aside>
  );
}
