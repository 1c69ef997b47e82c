// The media pickers' search (featured image, inline images, staff photo): one page of the library at a time, so
// no list is ever capped and an image beyond the first page can still be found. Read-only; every staff role that
// may upload may look.
import { listMedia } from "@/db/queries/media";
import { authorize } from "@/lib/auth/session";
import { MEDIA_PAGE_SIZE, toMediaOption, type MediaSearchPage } from "@/lib/media/media-option";

const MAX_OFFSET = 100_000;

export async function GET(request: Request): Promise<Response> {
  const auth = await authorize("media.upload");
  if ("denied" in auth) return Response.json({ message: "U heeft geen toegang tot de mediabibliotheek." }, { status: auth.user ? 403 : 401 });
  const params = new URL(request.url).searchParams;
  const q = params.get("q")?.trim().slice(0, 200) || undefined;
  const from = Number(params.get("vanaf"));
  const offset = Number.isSafeInteger(from) && from > 0 ? Math.min(from, MAX_OFFSET) : 0;
  // One extra row says whether there is a next page.
  const rows = listMedia({ q, limit: MEDIA_PAGE_SIZE + 1, offset });
  const page: MediaSearchPage = {
    items: rows.slice(0, MEDIA_PAGE_SIZE).map(toMediaOption),
    nextOffset: rows.length > MEDIA_PAGE_SIZE ? offset + MEDIA_PAGE_SIZE : null,
  };
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
}
