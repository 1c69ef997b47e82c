"use client";

import { startRegistration } from "@simplewebauthn/browser";
import { useActionState, useState, useTransition } from "react";
import {
  confirmTotpAction,
  disableTotpAction,
  passkeyRegistrationOptionsAction,
  regenerateCodesAction,
  registerPasskeyAction,
} from "@/app/redactie/account/tweestapsverificatie/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { idle, type ActionState } from "@/lib/actions/action-state";
import type { RecoveryCodesState } from "@/lib/auth/second-factor-state";

const SETUP_PATH = "/redactie/account/tweestapsverificatie";

/** Ten recovery codes, shown once: to print or copy and keep somewhere other than the phone. */
function RecoveryCodes({ state }: { state: RecoveryCodesState }) {
  const [copied, setCopied] = useState(false);
  const codes = state.recoveryCodes ?? [];
  return (
    <div className="recovery-codes">
      <FormStatus state={state} />
      <h3>Uw herstelcodes</h3>
      <p>
        Bewaar deze tien codes op een veilige plek, niet op uw telefoon. Elke code werkt één keer, als u uw authenticator-app of passkey niet bij de
        hand heeft. U ziet ze alleen nu.
      </p>
      <ol className="recovery-codes__list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p className="inline-form">
        <button type="button" className="button button--quiet" onClick={() => window.print()}>
          Afdrukken
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => navigator.clipboard?.writeText(codes.join("\n")).then(() => setCopied(true), () => undefined)}
        >
          Kopiëren
        </button>
        <span role="status">{copied ? "Gekopieerd." : ""}</span>
      </p>
      <p>
        {/* A full page load: the page shows the new state and the codes are gone from this browser's memory. */}
        <a href={SETUP_PATH}>Ik heb de codes bewaard</a>
      </p>
    </div>
  );
}

export function TotpConfirmForm() {
  const [state, action, pending] = useActionState(confirmTotpAction, idle);
  if (state.status === "success") return <RecoveryCodes state={state} />;
  return (
    <form action={action} className="form" noValidate>
      <FormStatus state={state} labels={{ code: "Code uit de app" }} idPrefix="bevestig" />
      <FormField
        id="bevestig-code"
        name="code"
        label="Code uit de app"
        hint="De zes cijfers die de app nu voor dit account toont."
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={8}
        required
        error={state.fieldErrors?.code}
      />
      <button type="submit" className="button" disabled={pending}>
        Aanzetten
      </button>
    </form>
  );
}

export function TotpDisableForm() {
  const [state, action, pending] = useActionState(disableTotpAction, idle);
  return (
    <form action={action} className="form" noValidate>
      <FormStatus state={state} labels={{ code: "Huidige code" }} idPrefix="uitzetten" />
      <FormField
        id="uitzetten-code"
        name="code"
        label="Huidige code"
        hint="Een code uit uw app of een ongebruikte herstelcode."
        autoComplete="one-time-code"
        maxLength={40}
        required
        error={state.fieldErrors?.code}
      />
      <button type="submit" className="button button--quiet" disabled={pending}>
        Authenticator-app uitzetten
      </button>
    </form>
  );
}

export function RegenerateCodesForm() {
  const [state, action, pending] = useActionState(regenerateCodesAction, idle);
  if (state.status === "success") return <RecoveryCodes state={state} />;
  return (
    <form action={action} className="inline-form">
      <button type="submit" className="button button--quiet" disabled={pending}>
        Nieuwe herstelcodes maken
      </button>
      <FormStatus state={state} />
    </form>
  );
}

/** Registers a passkey of this device (or a security key) under a name the user chooses. */
export function PasskeyRegisterForm() {
  const [state, setState] = useState<ActionState>(idle);
  const [pending, startTransition] = useTransition();
  const submit = (form: FormData) =>
    startTransition(async () => {
      const name = String(form.get("name") ?? "");
      if (!name.trim()) return setState({ status: "error", message: "Controleer de gemarkeerde velden.", fieldErrors: { name: "Geef de passkey een naam, bijvoorbeeld het apparaat." } });
      const challenge = await passkeyRegistrationOptionsAction(idle, new FormData());
      if (!challenge.options || !challenge.token) return setState(challenge);
      let response;
      try {
        response = await startRegistration({ optionsJSON: challenge.options });
      } catch {
        return setState({ status: "error", message: "Er is geen passkey gemaakt. Probeer het opnieuw.", values: { name } });
      }
      form.set("response", JSON.stringify(response));
      form.set("token", challenge.token);
      setState(await registerPasskeyAction(idle, form));
    });
  return (
    <form action={submit} className="form" noValidate>
      <FormStatus state={state} labels={{ name: "Naam van de passkey" }} idPrefix="passkey" />
      <FormField
        id="passkey-name"
        name="name"
        label="Naam van de passkey"
        hint="Zodat u hem later herkent, bijvoorbeeld “Laptop kantoor”."
        maxLength={60}
        required
        defaultValue={state.status === "success" ? "" : state.values?.name}
        error={state.fieldErrors?.name}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Bezig…" : "Passkey toevoegen"}
      </button>
    </form>
  );
}
