import "server-only";
import { getSection } from "@/db/queries/sections";
import { buildFeed } from "./feeds";

/** The feed of one section, or 404 for a section that does not exist. */
export async function sectionFeed(format: "rss" | "atom", params: Promise<{ section: string }>): Promise<Response> {
  const section = getSection({ slug: (await params).section });
  if (!section) return new Response("Niet gevonden", { status: 404 });
  return buildFeed(format, section);
}
