import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostList } from "@/components/site/post-list";
import { listLatestPosts } from "@/db/queries/public-lists";
import { getSection } from "@/db/queries/sections";

type Params = { section: string };

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const section = getSection({ slug: (await params).section });
  if (!section) return { title: "Pagina niet gevonden" };
  return { title: section.name, description: section.description, alternates: { canonical: `/${section.slug}` } };
}

export default async function SectionPage({ params }: { params: Promise<Params> }) {
  const section = getSection({ slug: (await params).section });
  if (!section) notFound();
  const posts = listLatestPosts({ limit: 20, sectionId: section.id });
  return (
    <>
      <h1 className="page-title">{section.name}</h1>
      {section.description && <p className="page-intro">{section.description}</p>}
      <PostList posts={posts} />
    </>
  );
}
