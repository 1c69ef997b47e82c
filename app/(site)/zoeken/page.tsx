import type { Metadata } from "next";
import Link from "next/link";
import { PersonPhoto } from "@/components/site/person-photo";
import { CardThumbnail } from "@/components/site/post-image";
import { PostMeta } from "@/components/site/post-meta";
import { Pagination } from "@/components/ui/pagination";
import { listStaffDirectory } from "@/db/queries/people";
import { SEARCH_COUNT_CAP, searchPosts } from "@/db/queries/search";
import { postPath } from "@/lib/post-meta";
import { toFtsQuery, toTitleQuery } from "@/lib/search/fts-query";
import { makeSnippet } from "@/lib/search/snippet";

export const metadata: Metadata = { title: "Zoeken", robots: { index: false, follow: true } };

const PAGE_SIZE = 20;
const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[]; page?: string }> }) {
  const params = await searchParams;
  const q = (Array.isArray(params.q) ? params.q[0] : params.q)?.slice(0, 300) ?? "";
  const page = Math.min(Math.max(Number.parseInt(params.page ?? "1", 10) || 1, 1), 500);
  const match = toFtsQuery(q);
  const titleMatch = toTitleQuery(q);
  const { hits, total } = match && titleMatch ? searchPosts({ match, titleMatch, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }) : { hits: [], total: 0 };
  const words = match ? fold(q).match(/[\p{L}\p{N}]+/gu) ?? [] : [];
  const people = words.length ? listStaffDirectory().filter((p) => words.every((w) => fold(`${p.name} ${p.jobTitle}`).includes(w))).slice(0, 6) : [];
  return (
    <>
      <h1 className="page-title">Zoeken</h1>
      <form role="search" aria-label="Zoeken op de site" className="search-form" action="/zoeken">
        <label htmlFor="zoek-q">Zoek in berichten en medewerkers</label>
        <div className="search-form__row">
          <input id="zoek-q" name="q" type="search" defaultValue={q} maxLength={300} />
          <button type="submit" className="button">Zoeken</button>
        </div>
      </form>
      {q && (
        <p aria-live="polite" className="search-summary">
          {match ? `${resultCount(total)} voor “${q}”` : "Typ een of meer woorden om te zoeken."}
        </p>
      )}
      {people.length > 0 && (
        <section aria-labelledby="zoek-mensen">
          <h2 id="zoek-mensen">Medewerkers</h2>
          <ul className="staff-list">
            {people.map((p) => (
              <li key={p.id} className="staff-card">
                <PersonPhoto name={p.name} photoKey={p.photoKey} photoAlt={p.photoAlt} size={48} />
                <div>
                  <Link href={`/medewerkers/${p.slug}`}>{p.name}</Link>
                  <p className="muted">{p.jobTitle}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {hits.length > 0 && (
        <section aria-labelledby="zoek-berichten">
          <h2 id="zoek-berichten">Berichten</h2>
          <ol className="search-results">
            {hits.map((hit) => (
              <li key={hit.id} lang={hit.language === "en" ? "en" : undefined}>
                <CardThumbnail image={hit.image} />
                <PostMeta kind={hit.kind} date={hit.publishedAt} sectionName={hit.sectionName} />
                <h3 className="post-card__title">
                  <Link href={postPath(hit)}>{hit.title}</Link>
                </h3>
                <p className="search-results__snippet" dangerouslySetInnerHTML={{ __html: makeSnippet(hit.texts, q) }} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {match && total === 0 && people.length === 0 && <p>Niets gevonden. Probeer andere of minder woorden.</p>}
      <Pagination page={page} pageCount={Math.ceil(Math.min(total, SEARCH_COUNT_CAP) / PAGE_SIZE)} basePath="/zoeken" params={{ q }} />
    </>
  );
}

function resultCount(total: number): string {
  if (total > SEARCH_COUNT_CAP) return `Meer dan ${SEARCH_COUNT_CAP.toLocaleString("nl-NL")} resultaten`;
  return total === 1 ? "1 resultaat" : `${total} resultaten`;
}
