import { getIssue } from "@/db/queries/newsletter-issues";
import { authorize } from "@/lib/auth/session";
import { previewIssue } from "@/lib/newsletter/issues";

/** The issue's HTML exactly as mail programs get it (with sample links), for editors. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await authorize("newsletter.manage");
  if ("denied" in auth) return new Response("Geen toegang.", { status: auth.user ? 403 : 401 });
  const { id } = await params;
  const issue = /^\d{1,9}$/.test(id) ? getIssue({ id: Number(id) }) : null;
  if (!issue) return new Response("Deze nieuwsbrief bestaat niet.", { status: 404 });
  const { html } = await previewIssue(issue);
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
