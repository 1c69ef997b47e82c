import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/redactie/login-form";
import { PasskeyLoginButton } from "@/components/redactie/passkey-login-button";
import { SecondFactorForm } from "@/components/redactie/second-factor-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { PENDING_LOGIN_COOKIE } from "@/lib/auth/pending-login";
import { pendingLoginState } from "@/lib/auth/second-factor";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Inloggen", robots: { index: false } };

type SearchParams = Promise<{ callbackUrl?: string; uitgelogd?: string; wachtwoord?: string; stap?: string; herstelcode?: string }>;

const NOTICES: Record<string, string> = {
  gewijzigd: "Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord.",
  ingesteld: "Uw wachtwoord is ingesteld. U kunt nu inloggen.",
};

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, uitgelogd, wachtwoord, stap, herstelcode } = await searchParams;
  const target = safeCallbackUrl(callbackUrl);
  if (await currentUser()) redirect(target);
  // Step two when the password was accepted in the last five minutes and the account has a second factor.
  const pending = pendingLoginState((await cookies()).get(PENDING_LOGIN_COOKIE)?.value);
  if (pending) {
    const recovery = Boolean(herstelcode) || !pending.totp;
    const switchTo = `/inloggen?callbackUrl=${encodeURIComponent(target)}${recovery ? "" : "&herstelcode=1"}`;
    return (
      <div className="narrow-page">
        <h1 className="page-title">Inloggen: tweede stap</h1>
        <p>
          {recovery
            ? pending.totp
              ? "Typ een van uw herstelcodes. Elke code werkt één keer."
              : "Log in met uw passkey, of typ een van uw herstelcodes."
            : "Uw wachtwoord klopt. Typ nu de code van zes cijfers die uw authenticator-app voor dit account toont."}
        </p>
        <SecondFactorForm callbackUrl={target} recovery={recovery} />
        {pending.totp && (
          <p>
            <Link href={switchTo}>{recovery ? "Code uit de authenticator-app gebruiken" : "Herstelcode gebruiken"}</Link>
          </p>
        )}
        {pending.passkeys > 0 && <PasskeyLoginButton callbackUrl={target} />}
      </div>
    );
  }
  const notice = uitgelogd ? "U bent uitgelogd." : stap === "verlopen" ? "Het inloggen duurde te lang. Log opnieuw in." : NOTICES[wachtwoord ?? ""];
  return (
    <div className="narrow-page">
      <h1 className="page-title">Inloggen</h1>
      <p>Log in met uw e-mailadres en wachtwoord om de redactieomgeving te openen.</p>
      {notice && (
        <p className="form-summary form-summary--success" role="status">
          {notice}
        </p>
      )}
      <LoginForm callbackUrl={target} />
      <PasskeyLoginButton callbackUrl={target} />
    </div>
  );
}
