import type { Metadata } from "next";
import { PersonForm } from "@/components/redactie/person-form";
import { requirePermission } from "@/lib/auth/session";
import { personFormProps } from "@/lib/people/person-form-props";

export const metadata: Metadata = { title: "Nieuwe medewerker" };

export default async function NewPersonPage() {
  const user = await requirePermission("person.manage", "/redactie/medewerkers/nieuw");
  return (
    <>
      <h1 className="page-title">Nieuwe medewerker</h1>
      <PersonForm {...personFormProps(null, user)} />
    </>
  );
}
