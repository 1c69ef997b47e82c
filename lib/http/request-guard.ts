// The checks proxy.ts makes on every request with a body, before Next.js reads it: size (413), and for server actions
// the origin (403) and whether the action exists (400). Without them Next.js answers an oversized body or a tampered
// action field with an English text or a 500.
import type { NextRequest, NextResponse } from "next/server";
import { actionFieldsOf } from "./action-fields";
import { bodyLimitFor } from "./body-limits";
import { errorPage } from "./error-page";
import { isKnownAction } from "./known-actions";
import { declaresMoreThan, readBodyWithin } from "./limited-body";
import { isSameOrigin } from "./same-origin";

// Tells Next.js's client router the action is gone (as Next.js itself does), so a page with JavaScript shows its error.
const ACTION_NOT_FOUND = { "x-nextjs-action-not-found": "1" };

const tooLarge = () =>
  errorPage(413, "Het formulier is te groot", "Wat u verstuurde is groter dan deze website aanneemt. Maak de tekst korter of kies een kleiner bestand.");
const unreadable = () => errorPage(400, "Ongeldig formulier", "Het formulier kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens.");
const unknownAction = (fetched: boolean) =>
  errorPage(400, "Ongeldig formulier", "Dit formulier hoort niet (meer) bij deze website. Laad de pagina opnieuw en probeer het nog eens.", fetched ? ACTION_NOT_FOUND : {});
const otherOrigin = () => errorPage(403, "Formulier van een andere website", "Dit formulier kwam niet van deze website en is niet verwerkt.");

export async function refuseBadRequestBody(request: NextRequest): Promise<NextResponse | null> {
  const limit = bodyLimitFor(request.nextUrl.pathname);
  if (declaresMoreThan(request.headers, limit)) return tooLarge();

  const fetchedAction = request.headers.get("next-action");
  const multipart = request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data") ?? false;
  const chunked = !request.headers.has("content-length");
  // Read only what must be read: a body of unknown size, or a form that may name an action without JavaScript.
  // Next.js has a copy of the body for the app; this reads the proxy's own copy.
  let ids: string[] = fetchedAction ? [fetchedAction] : [];
  if (chunked || (multipart && !fetchedAction)) {
    const bytes = await readBodyWithin(request.body, limit);
    if (!bytes) return tooLarge();
    if (multipart && !fetchedAction) {
      let form: FormData;
      try {
        form = await new Response(bytes, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
      } catch {
        return unreadable();
      }
      const fields = actionFieldsOf(form);
      if (fields && "malformed" in fields) return unknownAction(false);
      ids = fields?.ids ?? [];
    }
  }
  if (ids.length === 0) return null;
  // As Next.js does: a request without Origin is not a browser's cross-site request and goes on.
  if (request.headers.has("origin") && !isSameOrigin(request)) return otherOrigin();
  if (ids.some((id) => isKnownAction(id) === false)) return unknownAction(Boolean(fetchedAction));
  return null;
}
