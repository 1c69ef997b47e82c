import { authorize } from "@/lib/auth/session";
import { subscribersCsv } from "@/lib/newsletter/subscriber-admin";

/** The subscriber list with recorded consent, for admins only (it is personal data of everyone on it). */
export async function GET() {
  const auth = await authorize("subscriber.manage");
  if ("denied" in auth) return new Response("Geen toegang.", { status: auth.user ? 403 : 401 });
  return new Response(subscribersCsv(auth.user), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="nieuwsbrief-abonnees.csv"',
      "Cache-Control": "no-store",
    },
  });
}
