import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/redactie/set-password-form";

export const metadata: Metadata = { title: "Wachtwoord instellen", robots: { index: false }, referrer: "no-referrer" };

export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className="narrow-page">
      <h1 className="page-title">Wachtwoord instellen</h1>
      {token ? (
        <SetPasswordForm token={token} />
      ) : (
        <p>Deze pagina werkt alleen via de link die u van een beheerder heeft gekregen.</p>
      )}
    </div>
  );
}
