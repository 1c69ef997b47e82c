// The upload form's fields; the file itself is judged by decoding it (lib/media/store.ts).
import { z } from "@/lib/zod";
import { ALT_MAX, CAPTION_MAX, UPLOAD_MESSAGES } from "./upload-rules";

export const uploadSchema = z.object({
  alt: z.string().trim().min(1, UPLOAD_MESSAGES["alt-ontbreekt"]).max(ALT_MAX, UPLOAD_MESSAGES["alt-te-lang"]),
  caption: z.string().trim().max(CAPTION_MAX, UPLOAD_MESSAGES["bijschrift-te-lang"]).default(""),
  file: z.instanceof(File, { message: UPLOAD_MESSAGES["bestand-ontbreekt"] }),
});
