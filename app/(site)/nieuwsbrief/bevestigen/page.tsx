import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { subscriberFromLink } from "@/lib/newsletter/subscriber-links";
import { confirmAction } from "../actions";

export const metadata: Metadata = { title: "Aanmelding bevestigen", robots: { index: false } };

/**
 * The link from the confirmation mail. Opening it changes nothing (mail scanners open links); the button does.
 */
export default async function ConfirmPage({ searchParams }: { searchParams: Promise<{ t?: string }> }) {
  const { t } = await searchParams;
  const found = subscriberFromLink(t, "confirm");
  return (
    <div className="notice-page">
      <h1 className="page-title">Aanmelding bevestigen</h1>
      {!("message" in found) && t ? (
        <>
          <p>Bevestig dat u de nieuwsbrief wilt ontvangen op dit e-mailadres.</p>
          <ActionForm action={confirmAction} submitLabel="Aanmelding bevestigen">
            <input type="hidden" name="t" value={t} />
          </ActionForm>
        </>
      ) : (
        <>
          <p role="alert">{"message" in found ? found.message : "Deze link is niet geldig."}</p>
          <p>
            <Link href="/nieuwsbrief">Naar de nieuwsbriefpagina</Link>
          </p>
        </>
      )}
    </div>
  );
}
