import { z } from "@/lib/zod";
import { authorize } from "@/lib/auth/session";
import { exportPersonalData } from "@/lib/questions/personal-data";

const query = z.object({ email: z.string().trim().toLowerCase().pipe(z.email()) });

/** Everything stored for one e-mail address, as a JSON download (editors only). */
export async function GET(request: Request) {
  const auth = await authorize("question.readAny");
  if ("denied" in auth) return Response.json({ error: "Geen toegang" }, { status: auth.user ? 403 : 401 });
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "Ongeldig e-mailadres" }, { status: 400 });
  const data = exportPersonalData(auth.user, parsed.data.email);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="gegevens-vraagsteller.json"',
      "Cache-Control": "no-store",
    },
  });
}
