import type { PublishedPost } from "@/db/queries/public-posts";
import { mediaUrl } from "@/lib/media-urls";

type Person = NonNullable<PublishedPost["contactPerson"]>;

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((part) => /^[A-Z]/.test(part))
    .map((part) => part[0])
    .slice(0, 2)
    .join("");
}

/** The article's contact person, rendered once and placed by CSS: after the title on phones, beside the text on wide screens. */
export function ContactCard({ person }: { person: Person }) {
  return (
    <aside className="contact-card" aria-labelledby="contactpersoon">
      <h2 id="contactpersoon" className="visually-hidden">
        Contactpersoon
      </h2>
      {person.photoKey ? (
        // eslint-disable-next-line @next/next/no-img-element -- already a sized WebP from our media route
        <img className="contact-card__photo" src={mediaUrl(person.photoKey, 320)} alt={person.photoAlt ?? ""} width={72} height={72} />
      ) : (
        <span className="contact-card__photo contact-card__initials" aria-hidden="true">
          {initials(person.name)}
        </span>
      )}
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
