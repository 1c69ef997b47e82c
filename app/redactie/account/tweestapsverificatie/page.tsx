import type { Metadata } from "next";
import Link from "next/link";
import QRCode from "qrcode";
import { PasskeyRegisterForm, RegenerateCodesForm, TotpConfirmForm, TotpDisableForm } from "@/components/redactie/two-factor-forms";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import { getSecondFactor, listPasskeys } from "@/db/queries/second-factor";
import { pendingTotpSecret, secondFactorRoleRequired } from "@/lib/auth/second-factor";
import { requirePermission, SECOND_FACTOR_SETUP_PATH } from "@/lib/auth/session";
import { readableSecret, totpUri } from "@/lib/auth/totp";
import { removePasskeyAction, renamePasskeyAction, startTotpAction } from "./actions";

export const metadata: Metadata = { title: "Tweestapsverificatie" };

export default async function SecondFactorPage() {
  const user = await requirePermission("account.secondFactor", SECOND_FACTOR_SETUP_PATH);
  const factor = getSecondFactor({ userId: user.id })!;
  const passkeys = listPasskeys({ userId: user.id });
  const hasFactor = factor.totpEnabled || passkeys.length > 0;
  const required = secondFactorRoleRequired(user.role);
  const secret = factor.totpEnabled ? null : pendingTotpSecret(user.id);
  const qr = secret ? await QRCode.toString(totpUri(secret, user.email), { type: "svg", margin: 1, errorCorrectionLevel: "M" }) : null;

  return (
    <>
      <p>
        <Link href="/redactie/account">Mijn account</Link>
      </p>
      <h1 className="page-title">Tweestapsverificatie</h1>
      {required && !hasFactor ? (
        <p className="form-summary form-summary--error" role="alert">
          Voor uw rol is een tweede stap bij het inloggen verplicht. Stel hieronder een authenticator-app of een passkey in; tot dan kunt u niets anders
          doen in de redactieomgeving.
        </p>
      ) : (
        <p>
          Met een tweede stap kan niemand met alleen uw wachtwoord inloggen.
          {hasFactor ? " Uw account is zo beveiligd." : ""}
          {required && hasFactor ? (
            <>
              {" "}
              <Link href="/redactie">Naar de redactie</Link>
            </>
          ) : null}
        </p>
      )}

      <section className="panel" aria-labelledby="app-titel" id="app-instellen">
        <h2 id="app-titel">Authenticator-app</h2>
        {factor.totpEnabled ? (
          <>
            <p>
              Aan sinds <DateTime value={factor.totpEnabledAt!} withTime />. Bij het inloggen vraagt de site na uw wachtwoord om de code uit de app.
            </p>
            <h3>Uitzetten</h3>
            <TotpDisableForm />
          </>
        ) : secret && qr ? (
          <>
            <ol>
              <li>Open uw authenticator-app (bijvoorbeeld Google Authenticator, Microsoft Authenticator, 1Password of FreeOTP).</li>
              <li>Scan deze QR-code, of typ de sleutel eronder over.</li>
              <li>Typ de code van zes cijfers die de app daarna toont.</li>
            </ol>
            {/* Rendered here on the server: the secret never goes to a third party to make the image. */}
            {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URI, nothing to optimise */}
            <img
              className="totp-qr"
              src={`data:image/svg+xml;base64,${Buffer.from(qr).toString("base64")}`}
              alt="QR-code met de sleutel voor uw authenticator-app"
              width={200}
              height={200}
            />
            <p>
              Sleutel: <code className="totp-secret">{readableSecret(secret)}</code>
            </p>
            <TotpConfirmForm />
          </>
        ) : (
          <>
            <p>Een app op uw telefoon toont elke 30 seconden een nieuwe code van zes cijfers, ook zonder internet.</p>
            <ActionForm action={startTotpAction} submitLabel="Authenticator-app instellen" />
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="passkeys-titel">
        <h2 id="passkeys-titel">Passkeys</h2>
        <p>
          Met een passkey logt u in met uw vingerafdruk, gezicht, pincode of beveiligingssleutel, zonder wachtwoord en code. Een passkey telt als beide
          stappen.
        </p>
        {passkeys.length > 0 && (
          <DataTable caption="Uw passkeys" columns={["Naam", "Toegevoegd", "Laatst gebruikt", "Acties"]}>
            {passkeys.map((passkey) => (
              <tr key={passkey.id}>
                <th scope="row">{passkey.name}</th>
                <td>
                  <DateTime value={passkey.createdAt} withTime />
                </td>
                <td>{passkey.lastUsedAt ? <DateTime value={passkey.lastUsedAt} withTime /> : "Nog niet"}</td>
                <td className="row-actions">
                  <ActionForm action={renamePasskeyAction} submitLabel="Naam wijzigen" quiet>
                    <input type="hidden" name="id" value={passkey.id} />
                    <label className="visually-hidden" htmlFor={`naam-${passkey.id}`}>
                      Nieuwe naam voor {passkey.name}
                    </label>
                    <input id={`naam-${passkey.id}`} name="name" defaultValue={passkey.name} maxLength={60} required />
                  </ActionForm>
                  <ActionForm action={removePasskeyAction} submitLabel={`${passkey.name} verwijderen`} quiet>
                    <input type="hidden" name="id" value={passkey.id} />
                  </ActionForm>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <h3>Passkey toevoegen</h3>
        <PasskeyRegisterForm />
      </section>

      {hasFactor && (
        <section className="panel" aria-labelledby="herstel-titel">
          <h2 id="herstel-titel">Herstelcodes</h2>
          <p>
            {factor.recoveryLeft === 1 ? "U heeft nog 1 ongebruikte herstelcode." : `U heeft nog ${factor.recoveryLeft} ongebruikte herstelcodes.`} Nieuwe codes
            maken zet de oude buiten werking.
          </p>
          <RegenerateCodesForm />
        </section>
      )}
    </>
  );
}
