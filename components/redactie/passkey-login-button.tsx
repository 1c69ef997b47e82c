"use client";

import { startAuthentication } from "@simplewebauthn/browser";
import { useState, useSyncExternalStore, useTransition } from "react";
import { passkeyLogin, passkeyLoginOptions } from "@/app/(site)/inloggen/actions";
import { FormStatus } from "@/components/ui/form-status";
import { idle, type ActionState } from "@/lib/actions/action-state";

const noSubscription = () => () => {};

/**
 * Logging in with a passkey instead of password and code: shown only where the browser supports WebAuthn (it needs JavaScript).
 * The button's name leaves out "Inloggen", so the password form's button stays the one "Inloggen" button.
 */
export function PasskeyLoginButton({ callbackUrl }: { callbackUrl: string }) {
  // False on the server and during hydration, then what the browser says.
  const supported = useSyncExternalStore(noSubscription, () => typeof window.PublicKeyCredential === "function", () => false);
  const [state, setState] = useState<ActionState>(idle);
  const [pending, startTransition] = useTransition();
  if (!supported) return null;

  const logIn = () =>
    startTransition(async () => {
      setState(idle);
      const challenge = await passkeyLoginOptions(idle, new FormData());
      if (!challenge.options || !challenge.token) return setState(challenge);
      let response;
      try {
        response = await startAuthentication({ optionsJSON: challenge.options });
      } catch {
        return setState({ status: "error", message: "Er is geen passkey gebruikt. Probeer het opnieuw of log in met uw wachtwoord." });
      }
      const form = new FormData();
      form.set("response", JSON.stringify(response));
      form.set("token", challenge.token);
      form.set("callbackUrl", callbackUrl);
      setState(await passkeyLogin(idle, form));
    });

  return (
    <div className="passkey-login">
      <p>Of log in zonder wachtwoord en code, met een passkey op dit apparaat of een beveiligingssleutel.</p>
      <FormStatus state={state} />
      <button type="button" className="button button--quiet" onClick={logIn} disabled={pending}>
        {pending ? "Bezig…" : "Passkey gebruiken"}
      </button>
    </div>
  );
}
