import fs from "node:fs/promises";
import path from "node:path";
import { IMAGE_WIDTHS } from "@/lib/media-urls";
import { mediaDir } from "@/lib/media/store";

const FILE = new RegExp(`^(${IMAGE_WIDTHS.join("|")})\\.webp$`);

// Public images of published pages: no session needed. Only generated files can be named, never a path.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string; file: string }> }) {
  const { key, file } = await params;
  if (!/^[a-f0-9]{24}$/.test(key) || !FILE.test(file)) return new Response("Niet gevonden", { status: 404 });
  try {
    const data = await fs.readFile(path.join(mediaDir(), key, file));
    return new Response(new Uint8Array(data), {
      headers: {
        "Content-Type": "image/webp",
        // The file behind a URL never changes: a new upload gets a new key.
        "Cache-Control": "public, max-age=31536000, immutable",
        "Content-Length": String(data.byteLength),
      },
    });
  } catch {
    return new Response("Niet gevonden", { status: 404 });
  }
}
