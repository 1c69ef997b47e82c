// Image upload as a route handler rather than a server action, so the body can be refused while it streams in and
// server actions keep a small body limit. Called by the upload form: with JavaScript it asks for JSON; without, it
// gets a 303 back to the media page with a code the page turns into a Dutch message next to the field.
import { revalidatePath } from "next/cache";
import { recordAudit } from "@/db/queries/audit";
import { insertMedia } from "@/db/queries/media";
import { inWriteTransaction } from "@/db/queries/transaction";
import { isDatabaseBusy } from "@/lib/database-busy";
import type { ActionState } from "@/lib/actions/action-state";
import { fieldErrors } from "@/lib/actions/define-action";
import { authorize } from "@/lib/auth/session";
import { declaresMoreThan, readBodyWithin } from "@/lib/http/limited-body";
import { isSameOrigin } from "@/lib/http/same-origin";
import { removeImageFiles, storeImage } from "@/lib/media/store";
import { toMediaOption, type MediaOption } from "@/lib/media/media-option";
import { uploadSchema } from "@/lib/media/upload-schema";
import { addedMessage, MAX_UPLOAD_BYTES, UPLOAD_CODE_FIELD, UPLOAD_MESSAGES, uploadCodeOf, type UploadCode } from "@/lib/media/upload-rules";

// The file plus the text fields and multipart framing.
const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;
const MEDIA_PAGE = "/redactie/media";

// `media`: the stored image, so the editor can insert what it just uploaded.
type Reply = { state: ActionState; status: number; codes?: UploadCode[]; addedId?: number; media?: MediaOption };

function refusal(code: UploadCode, status: number, values?: Record<string, string>): Reply {
  const field = UPLOAD_CODE_FIELD[code];
  const message = field ? "Controleer de gemarkeerde velden." : UPLOAD_MESSAGES[code];
  return { state: { status: "error", message, fieldErrors: field ? { [field]: UPLOAD_MESSAGES[code] } : undefined, values }, status, codes: [code] };
}

function respond(request: Request, reply: Reply): Response {
  if (request.headers.get("accept")?.includes("application/json")) {
    return Response.json(reply.media ? { ...reply.state, media: reply.media } : reply.state, { status: reply.status });
  }
  const target = new URL(MEDIA_PAGE, request.url);
  if (reply.addedId) target.searchParams.set("toegevoegd", String(reply.addedId));
  if (reply.codes) target.searchParams.set("upload", reply.codes.join(","));
  if (reply.state.values?.alt) target.searchParams.set("alt", reply.state.values.alt.slice(0, 300));
  if (reply.state.values?.caption) target.searchParams.set("bijschrift", reply.state.values.caption.slice(0, 300));
  // Relative, so the browser stays on the address it used (behind a proxy request.url may name another host).
  return new Response(null, { status: 303, headers: { Location: `${target.pathname}${target.search}` } });
}

async function handle(request: Request): Promise<Reply> {
  const auth = await authorize("media.upload");
  if ("denied" in auth) return refusal("geen-toegang", auth.user ? 403 : 401);
  if (!isSameOrigin(request)) return refusal("andere-herkomst", 403);
  if (declaresMoreThan(request.headers, MAX_REQUEST_BYTES)) return refusal("verzoek-te-groot", 413);
  const bytes = await readBodyWithin(request.body, MAX_REQUEST_BYTES);
  if (!bytes) return refusal("verzoek-te-groot", 413);

  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return refusal("ongeldig-formulier", 400);
  }
  const values = { alt: String(form.get("alt") ?? ""), caption: String(form.get("caption") ?? "") };
  const parsed = uploadSchema.safeParse({ alt: form.get("alt") ?? "", caption: form.get("caption") ?? "", file: form.get("file") });
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    const codes = Object.values(errors).map(uploadCodeOf);
    return { state: { status: "error", message: "Controleer de gemarkeerde velden.", fieldErrors: errors, values }, status: 400, codes };
  }

  const { alt, caption, file } = parsed.data;
  const stored = await storeImage(file);
  if (!stored.ok) return refusal(stored.code, stored.code === "opslaan-mislukt" ? 500 : 400, values);
  let id: number;
  try {
    ({ id } = await inWriteTransaction(() => insertMedia({ ...stored.image, originalName: file.name.slice(0, 200), alt, caption, uploadedById: auth.user.id })));
  } catch (error) {
    // No row, no files: an upload that gave up leaves nothing behind.
    await removeImageFiles(stored.image.storageKey);
    if (isDatabaseBusy(error)) return refusal("bezig", 503, values);
    throw error;
  }
  recordAudit({ action: "media.uploaded", userId: auth.user.id, targetType: "media", targetId: id });
  revalidatePath(MEDIA_PAGE);
  return { state: { status: "success", message: addedMessage(alt) }, status: 200, addedId: id, media: toMediaOption({ id, alt, storageKey: stored.image.storageKey }) };
}

export async function POST(request: Request): Promise<Response> {
  return respond(request, await handle(request));
}
