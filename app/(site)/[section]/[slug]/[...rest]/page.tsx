import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { currentPathForSlug } from "@/lib/posts/old-address";

type Params = { section: string; slug: string; rest: string[] };

// Deeper addresses of an imported site (WordPress's /2025/06/20/slug/): the last segment names the post.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

export const metadata: Metadata = { title: "Pagina niet gevonden" };

export default async function OldAddressPage({ params }: { params: Promise<Params> }) {
  const { rest } = await params;
  const target = currentPathForSlug(rest.at(-1) ?? "");
  if (target) permanentRedirect(target);
  notFound();
}
