import type { Metadata } from "next";
import { listPeople } from "@/db/queries/people";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Medewerkers" };

export default async function PeoplePage() {
  await requirePermission("person.manage", "/redactie/medewerkers");
  const people = listPeople();
  return (
    <>
      <h1 className="page-title">Medewerkers</h1>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Medewerkers in de personeelsgids</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Functie</th>
              <th scope="col">E-mailadres</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <th scope="row">{person.name}</th>
                <td>{person.jobTitle}</td>
                <td>{person.email ?? "—"}</td>
                <td>{person.active ? "Actief" : "Inactief"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
