// The upload form's fields; the file itself is judged by decoding it (lib/media/store.ts).
import { z } from "@/lib/zod";
import { singleLine } from "@/lib/validation/text-fields";
import { ALT_MAX, CAPTION_MAX, UPLOAD_MESSAGES } from "./upload-rules";

// The messages of singleLine() with these labels are the ones in UPLOAD_MESSAGES (the no-JavaScript codes).
export const uploadSchema = z.object({
  alt: singleLine("Een alt-tekst", { max: ALT_MAX, required: UPLOAD_MESSAGES["alt-ontbreekt"] }),
  caption: singleLine("Een bijschrift", { max: CAPTION_MAX }).default(""),
  file: z.instanceof(File, { message: UPLOAD_MESSAGES["bestand-ontbreekt"] }),
});
