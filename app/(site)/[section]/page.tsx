import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { PostList } from "@/components/site/post-list";
import { listPublicPosts } from "@/db/queries/public-lists";
import { getSection } from "@/db/queries/sections";
import { currentPathForSlug } from "@/lib/posts/old-address";

type Params = { section: string };

// Cached like articles: the newest posts of the section; older ones are paged on /nieuws.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): Params[] {
  return [];
}

const PAGE_SIZE = 20;

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const section = getSection({ slug: (await params).section });
  if (!section) return { title: "Pagina niet gevonden" };
  return {
    title: section.name,
    description: section.description,
    alternates: { canonical: `/${section.slug}`, types: { "application/rss+xml": `/${section.slug}/feed.xml`, "application/atom+xml": `/${section.slug}/atom.xml` } },
  };
}

export default async function SectionPage({ params }: { params: Promise<Params> }) {
  const slug = (await params).section;
  const section = getSection({ slug });
  if (!section) {
    // An imported site's one-segment address (Ghost's /slug/, WordPress's "post name" permalinks).
    const moved = currentPathForSlug(slug);
    if (moved) permanentRedirect(moved);
    notFound();
  }
  const { rows, total } = listPublicPosts({ sectionId: section.id, page: 1, pageSize: PAGE_SIZE });
  return (
    <>
      <h1 className="page-title">{section.name}</h1>
      {section.description && <p className="page-intro">{section.description}</p>}
      <PostList posts={rows} />
      {total > PAGE_SIZE && (
        <nav aria-label="Paginering" className="pagination">
          <Link href={`/nieuws?rubriek=${section.id}&page=2`} rel="next">
            Oudere berichten in {section.name}
          </Link>
        </nav>
      )}
    </>
  );
}
