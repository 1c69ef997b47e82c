import type { Metadata } from "next";
import Link from "next/link";
import { PersonPhoto } from "@/components/site/person-photo";
import { listStaffDirectory } from "@/db/queries/people";

export const metadata: Metadata = { title: "Medewerkers", description: "Onze medewerkers en hun dossiers.", alternates: { canonical: "/medewerkers" } };
export const revalidate = 3600;

export default function StaffPage() {
  const people = listStaffDirectory();
  return (
    <>
      <h1 className="page-title">Medewerkers</h1>
      <p className="page-intro">Met een vraag over een dossier kunt u terecht bij de medewerker die het volgt.</p>
      <ul className="staff-list">
        {people.map((p) => (
          <li key={p.id} className="staff-card">
            <PersonPhoto name={p.name} photoKey={p.photoKey} photoAlt={p.photoAlt} />
            <div>
              <h2 className="staff-card__name">
                <Link href={`/medewerkers/${p.slug}`}>{p.name}</Link>
              </h2>
              <p className="muted">{p.jobTitle}</p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
