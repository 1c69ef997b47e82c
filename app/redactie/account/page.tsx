import type { Metadata } from "next";
import Link from "next/link";
import { NameForm, PasswordForm } from "@/components/redactie/account-forms";
import { ActionForm } from "@/components/ui/action-form";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { logOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requirePermission("account.manage", "/redactie/account");
  return (
    <>
      <h1 className="page-title">Mijn account</h1>
      <p>
        {user.email} · {ROLE_LABELS[user.role]}
      </p>
      <section className="panel" aria-labelledby="naam-titel">
        <h2 id="naam-titel">Naam</h2>
        <NameForm name={user.name} />
      </section>
      <section className="panel" aria-labelledby="wachtwoord-titel">
        <h2 id="wachtwoord-titel">Wachtwoord wijzigen</h2>
        <p>Na het wijzigen logt u opnieuw in; andere sessies worden beëindigd.</p>
        <PasswordForm />
      </section>
      <section className="panel" aria-labelledby="tweestaps-titel">
        <h2 id="tweestaps-titel">Tweestapsverificatie</h2>
        <p>Een authenticator-app of passkey als tweede stap bij het inloggen, en uw herstelcodes.</p>
        <p>
          <Link href="/redactie/account/tweestapsverificatie">Tweestapsverificatie beheren</Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="sessies-titel">
        <h2 id="sessies-titel">Overal uitloggen</h2>
        <p>Beëindigt alle sessies van dit account, op elk apparaat.</p>
        <ActionForm action={logOutEverywhereAction} submitLabel="Overal uitloggen" />
      </section>
    </>
  );
}
