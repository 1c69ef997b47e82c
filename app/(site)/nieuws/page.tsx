import type { Metadata } from "next";
import { z } from "@/lib/zod";
import { ListFilters } from "@/components/site/list-filters";
import { PostList } from "@/components/site/post-list";
import { Pagination } from "@/components/ui/pagination";
import { listPublicPosts, listPublicYears } from "@/db/queries/public-lists";
import { listSections } from "@/db/queries/sections";
import { POST_KINDS } from "@/db/schema";

export const metadata: Metadata = { title: "Nieuws", description: "Alle berichten, te filteren op soort, rubriek en jaar.", alternates: { canonical: "/nieuws" } };

const PAGE_SIZE = 20;
const blank = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional()).catch(undefined);
const filterSchema = z.object({
  soort: blank(z.enum(POST_KINDS)),
  rubriek: blank(z.coerce.number().int().positive()),
  jaar: blank(z.coerce.number().int().min(2000).max(2100)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function NewsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const f = filterSchema.parse(await searchParams);
  const { rows, total } = listPublicPosts({ kind: f.soort, sectionId: f.rubriek, year: f.jaar, page: f.page, pageSize: PAGE_SIZE });
  return (
    <>
      <h1 className="page-title">Nieuws</h1>
      <ListFilters sections={listSections()} years={listPublicYears()} current={{ kind: f.soort, sectionId: f.rubriek, year: f.jaar }} />
      <p aria-live="polite">{total === 1 ? "1 bericht" : `${total} berichten`}</p>
      <PostList posts={rows} />
      <Pagination page={f.page} pageCount={Math.ceil(total / PAGE_SIZE)} basePath="/nieuws" params={{ soort: f.soort, rubriek: f.rubriek?.toString(), jaar: f.jaar?.toString() }} />
    </>
  );
}
