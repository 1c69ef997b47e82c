import { z } from "@/lib/zod";
import { emailAddress } from "@/lib/validation/text-fields";
import { authorize } from "@/lib/auth/session";
import { isSameOrigin } from "@/lib/http/same-origin";
import { exportPersonalData } from "@/lib/questions/personal-data";

const form = z.object({ email: emailAddress() });

/** Everything stored for one e-mail address, as a JSON download (editors only). POST: the address stays out of URLs. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return Response.json({ error: "Onbekende herkomst van dit verzoek." }, { status: 403 });
  const auth = await authorize("question.readAny");
  if ("denied" in auth) return Response.json({ error: "Geen toegang." }, { status: auth.user ? 403 : 401 });
  const parsed = form.safeParse(Object.fromEntries(await request.formData().catch(() => new FormData())));
  if (!parsed.success) return Response.json({ error: "Vul een geldig e-mailadres in." }, { status: 400 });
  const data = exportPersonalData(auth.user, parsed.data.email);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="gegevens-vraagsteller.json"',
      "Cache-Control": "no-store",
    },
  });
}
