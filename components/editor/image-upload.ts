// Uploads from the editor (image dialog, drag and drop, paste) go through the media library's own route, so every
// check (permission, origin, size, decoding, alt text) is the library's; nothing here judges the file.
import type { MediaOption } from "@/lib/media/media-option";
import { UPLOAD_MESSAGES } from "@/lib/media/upload-rules";

const UPLOAD_URL = "/redactie/media/upload";

export type UploadOutcome = { ok: true; media: MediaOption } | { ok: false; message: string; fieldErrors: Record<string, string> };

export async function uploadImage(file: File, alt: string, caption: string): Promise<UploadOutcome> {
  const body = new FormData();
  body.set("file", file);
  body.set("alt", alt);
  body.set("caption", caption);
  try {
    const response = await fetch(UPLOAD_URL, { method: "POST", body, headers: { Accept: "application/json" } });
    if (!response.headers.get("content-type")?.includes("application/json")) {
      const message = response.status === 413 ? UPLOAD_MESSAGES["verzoek-te-groot"] : UPLOAD_MESSAGES["opslaan-mislukt"];
      return { ok: false, message, fieldErrors: response.status === 413 ? { file: message } : {} };
    }
    const result = (await response.json()) as { status: string; message?: string; fieldErrors?: Record<string, string>; media?: MediaOption };
    if (result.status === "success" && result.media) return { ok: true, media: result.media };
    return { ok: false, message: result.message ?? UPLOAD_MESSAGES["opslaan-mislukt"], fieldErrors: result.fieldErrors ?? {} };
  } catch {
    return { ok: false, message: UPLOAD_MESSAGES["opslaan-mislukt"], fieldErrors: {} };
  }
}

/** The first file of a drop or paste; the upload route decides whether it is an image we can use. */
export function firstFile(files: FileList | null | undefined): File | null {
  return files && files.length > 0 ? files[0]! : null;
}
