import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PersonForm } from "@/components/redactie/person-form";
import { ActionForm } from "@/components/ui/action-form";
import { getPerson, personReferenced } from "@/db/queries/people";
import { requirePermission } from "@/lib/auth/session";
import { personFormProps } from "@/lib/people/person-form-props";
import { deletePersonAction } from "../actions";

export const metadata: Metadata = { title: "Medewerker bewerken" };

export default async function EditPersonPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ opgeslagen?: string }> }) {
  const { id } = await params;
  const user = await requirePermission("person.manage", `/redactie/medewerkers/${id}`);
  const person = getPerson({ id: Number(id) || 0 });
  if (!person) notFound();
  const referenced = personReferenced({ id: person.id });
  return (
    <>
      <h1 className="page-title">{person.name}</h1>
      <p>
        <Link href="/redactie/medewerkers">Alle medewerkers</Link>
      </p>
      {(await searchParams).opgeslagen && (
        <p className="form-summary form-summary--success" role="status">
          De medewerker is aangemaakt.
        </p>
      )}
      <PersonForm {...personFormProps(person, user)} />
      <section className="panel" aria-labelledby="verwijderen-titel">
        <h2 id="verwijderen-titel">Verwijderen</h2>
        {referenced ? (
          <p>{person.name} staat bij berichten of vragen en kan daarom niet worden verwijderd. Maak de medewerker inactief om hem of haar te verbergen.</p>
        ) : (
          <ActionForm action={deletePersonAction} submitLabel={`${person.name} verwijderen`} quiet>
            <input type="hidden" name="id" value={person.id} />
          </ActionForm>
        )}
      </section>
    </>
  );
}
