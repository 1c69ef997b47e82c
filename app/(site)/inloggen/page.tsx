import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/redactie/login-form";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Inloggen", robots: { index: false } };

type SearchParams = Promise<{ callbackUrl?: string; uitgelogd?: string; wachtwoord?: string }>;

const NOTICES: Record<string, string> = {
  gewijzigd: "Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord.",
  ingesteld: "Uw wachtwoord is ingesteld. U kunt nu inloggen.",
};

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, uitgelogd, wachtwoord } = await searchParams;
  const notice = uitgelogd ? "U bent uitgelogd." : NOTICES[wachtwoord ?? ""];
  const target = safeCallbackUrl(callbackUrl);
  if (await currentUser()) redirect(target);
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
    </div>
  );
}
