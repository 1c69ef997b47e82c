// Whether a server action id exists in this build, so proxy.ts can answer a tampered or outdated id with a Dutch 400
// instead of Next.js's English text or a 500. Reads the manifest `next build` writes; node runtime only.
import fs from "node:fs";
import path from "node:path";

const MANIFEST = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "server", "server-reference-manifest.json");
const REREAD_AFTER_MS = 5_000;

let known: Set<string> | null = null;
let readAt = 0;

function load(): void {
  readAt = Date.now();
  try {
    const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as { node?: object; edge?: object };
    known = new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    known = null; // no build manifest (development): Next.js answers itself
  }
}

/** true or false; undefined when it cannot be told (then Next.js decides). */
export function isKnownAction(id: string): boolean | undefined {
  if (!known || (!known.has(id) && Date.now() - readAt > REREAD_AFTER_MS)) load();
  return known ? known.has(id) : undefined;
}
