// The curated rail as the post editor sends it: one hidden JSON field, checked here row by row so each message
// lands next to its own field (`rail-<row>-<field>`). Shared by the save (server) and its tests.
import { z } from "@/lib/zod";
import { isSafeHref } from "@/lib/content/safe-url";
import { parseDutchDate } from "@/lib/dates";
import { RAIL_MAX_ITEMS } from "@/lib/rail-labels";
import { singleLine } from "@/lib/validation/text-fields";

export type RailItemInput =
  | { kind: "post"; targetPostId: number; url: null; title: string | null; label: string; date: Date | null }
  | { kind: "link"; targetPostId: null; url: string; title: string; label: string; date: Date | null };

const row = z.object({
  kind: z.enum(["post", "link"], { message: "Kies een bericht of een link." }),
  postId: z.string().default(""),
  url: z.string().trim().max(2048, "Een webadres mag hoogstens 2.048 tekens lang zijn.").default(""),
  title: singleLine("De titel", { max: 200 }).default(""),
  label: singleLine("Het label", { max: 40 }).default(""),
  date: z.string().max(40, "Vul een datum in zoals 20-06-2025.").default(""),
});

const isWebAddress = (v: string) => /^https?:\/\/[^/\s]/i.test(v) && isSafeHref(v);

export type RailParse = { ok: true; items: RailItemInput[] } | { ok: false; fieldErrors: Record<string, string> };

export function parseRailItems(raw: string): RailParse {
  let rows: unknown;
  try {
    rows = raw.trim() ? JSON.parse(raw) : [];
  } catch {
    return { ok: false, fieldErrors: { rail: "De rail kon niet worden gelezen. Probeer het opnieuw." } };
  }
  if (!Array.isArray(rows)) return { ok: false, fieldErrors: { rail: "De rail kon niet worden gelezen. Probeer het opnieuw." } };
  if (rows.length > RAIL_MAX_ITEMS) return { ok: false, fieldErrors: { rail: `Kies hoogstens ${RAIL_MAX_ITEMS} items voor de rail.` } };

  const errors: Record<string, string> = {};
  // Only returned when no row has an error.
  const items: RailItemInput[] = [];
  rows.forEach((input, i) => {
    const fail = (field: string, message: string) => (errors[`rail-${i}-${field}`] ??= message);
    const parsed = row.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fail(String(issue.path[0] ?? "kind"), issue.message);
      return;
    }
    const { kind, postId, url, title, label, date } = parsed.data;
    if (!label) fail("label", "Kies of typ een label.");
    const when = date ? parseDutchDate(date) : null;
    if (date && !when) fail("date", "Vul een datum in zoals 20-06-2025 of 20 juni 2025.");
    if (kind === "post") {
      const id = Number(postId);
      if (!Number.isInteger(id) || id <= 0) fail("postId", "Kies een bericht.");
      items.push({ kind, targetPostId: id, url: null, title: title || null, label, date: when });
      return;
    }
    if (!url) fail("url", "Vul een webadres in dat begint met https://.");
    else if (!isWebAddress(url)) fail("url", "Alleen webadressen die beginnen met http:// of https:// kunnen in de rail.");
    if (!title) fail("title", "Geef de link een titel.");
    items.push({ kind, targetPostId: null, url, title, label, date: when });
  });
  return Object.keys(errors).length ? { ok: false, fieldErrors: errors } : { ok: true, items };
}
