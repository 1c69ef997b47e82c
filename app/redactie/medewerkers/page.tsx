import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
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
      <DataTable caption="Medewerkers in de personeelsgids" columns={["Naam", "Functie", "E-mailadres", "Account", "Status"]}>
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
      </DataTable>
    </>
  );
}
