import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { MAX_ATTEMPTS } from "@/lib/mail/delivery-policy";
import { failedMailFor, MAIL_KIND_LABELS } from "@/lib/mail/failed-mail";
import { retryMailAction } from "./actions";

export const metadata: Metadata = { title: "Mislukte e-mail" };

const ERROR_LABELS: Record<string, string> = {
  EENVELOPE: "De mailserver weigerde het adres.",
  EMESSAGE: "De mailserver weigerde het bericht.",
  ECONNECTION: "De mailserver was niet bereikbaar.",
  ETIMEDOUT: "De mailserver reageerde niet op tijd.",
};

export default async function FailedMailPage({ searchParams }: { searchParams: Promise<{ opnieuw?: string }> }) {
  const user = await requirePermission("question.readOwn", "/redactie/vragen/mail");
  const { opnieuw } = await searchParams;
  const seesAddress = can(user, "question.readAny");
  const rows = failedMailFor(user);
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Mislukte e-mail</h1>
        <Link href="/redactie/vragen">Terug naar de vragen</Link>
      </div>
      <p className="page-intro">
        E-mail die de mailserver definitief weigerde, of die na {MAX_ATTEMPTS} pogingen nog niet verstuurd was. Deze e-mail wordt niet meer vanzelf
        opnieuw geprobeerd: controleer de reden en probeer het zo nodig opnieuw.
      </p>
      {opnieuw !== undefined && (
        <p className="form-summary form-summary--success" role="status">
          De e-mail is opnieuw in de wachtrij gezet.
        </p>
      )}
      {rows.length === 0 ? (
        <p>Er is geen mislukte e-mail{seesAddress ? "" : " over vragen aan u"}.</p>
      ) : (
        <DataTable caption="Mislukte e-mail, laatst mislukt eerst" columns={["Soort", ...(seesAddress ? ["Aan"] : []), "Reden", "Mislukt op", "Vraag", "Actie"]}>
          {rows.map((mail) => (
            <tr key={mail.id}>
              <th scope="row">{MAIL_KIND_LABELS[mail.kind]}</th>
              {seesAddress && <td>{mail.to}</td>}
              <td>
                {mail.lastReply ?? ERROR_LABELS[mail.lastError ?? ""] ?? "Onbekende fout."}
                <br />
                <small>
                  {mail.attempts} {mail.attempts === 1 ? "poging" : "pogingen"}
                </small>
              </td>
              <td>{mail.failedAt && <DateTime value={mail.failedAt} withTime />}</td>
              <td>{mail.questionId ? <Link href={`/redactie/vragen/${mail.questionId}`}>Bekijk de vraag</Link> : "–"}</td>
              <td>
                <ActionForm action={retryMailAction} submitLabel="Opnieuw proberen" quiet>
                  <input type="hidden" name="id" value={mail.id} />
                </ActionForm>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
