import { unsubscribeWithLink } from "@/lib/newsletter/subscriber-links";
import { siteUrl } from "@/lib/site";

// RFC 8058 one-click unsubscribe: the List-Unsubscribe address of every newsletter mail. A POST (from a mail
// program, with the body `List-Unsubscribe=One-Click`, or from the button on /nieuwsbrief/afmelden) unsubscribes
// at once: no session, no origin check (mail programs post from their own servers), no confirmation mail. The
// signed token is the only credential. A GET, which link scanners make, only leads to the page with the button.

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("t");
  const form = await request.formData().catch(() => null);
  const result = await unsubscribeWithLink(token);
  if (form?.get("bron") === "pagina") {
    const to = result.ok ? "/nieuwsbrief/afgemeld" : `/nieuwsbrief/afmelden?t=${encodeURIComponent(token ?? "")}`;
    return Response.redirect(`${siteUrl()}${to}`, 303);
  }
  return result.ok ? text("U bent afgemeld voor de nieuwsbrief.", 200) : text(result.message, 400);
}

export function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("t") ?? "";
  return Response.redirect(`${siteUrl()}/nieuwsbrief/afmelden?t=${encodeURIComponent(token)}`, 303);
}
