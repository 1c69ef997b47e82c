import type { Metadata } from "next";
import { PrivacyLookup } from "@/components/redactie/privacy-lookup";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Gegevens van een vraagsteller" };

export default async function PrivacyToolPage({ searchParams }: { searchParams: Promise<{ gewist?: string }> }) {
  await requirePermission("question.readAny", "/redactie/vragen/privacy");
  const { gewist } = await searchParams;
  return (
    <>
      <h1 className="page-title">Gegevens van een vraagsteller</h1>
      <p className="page-intro">Zoek alles wat we bewaren bij een e-mailadres, exporteer het als JSON of wis het (AVG: inzage en verwijdering).</p>
      {gewist !== undefined && /^\d+$/.test(gewist) && (
        <p className="form-summary form-summary--success" role="status">
          Gewist: {gewist} {gewist === "1" ? "vraag" : "vragen"} met hun geschiedenis en e-mail.
        </p>
      )}
      <PrivacyLookup />
    </>
  );
}
