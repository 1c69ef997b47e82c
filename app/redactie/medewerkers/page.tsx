import type { Metadata } from "next";
import Link from "next/link";
import { listPeople } from "@/db/queries/people";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Medewerkers" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<{ verwijderd?: string }> }) {
  await requirePermission("person.manage", "/redactie/medewerkers");
  const people = listPeople();
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Medewerkers</h1>
        <Link className="button" href="/redactie/medewerkers/nieuw">
          Nieuwe medewerker
        </Link>
      </div>
      {(await searchParams).verwijderd && (
        <p className="form-summary form-summary--success" role="status">
          De medewerker is verwijderd.
        </p>
      )}
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Medewerkers in de personeelsgids</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Functie</th>
              <th scope="col">E-mailadres</th>
              <th scope="col">Account</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">
                  <Link href={`/redactie/medewerkers/${person.id}`}>{person.name}</Link>
                </th>
                <td>{person.jobTitle}</td>
                <td>{person.email ?? "—"}</td>
                <td>{person.userName ?? "—"}</td>
                <td>{person.active ? "Actief" : "Inactief"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
