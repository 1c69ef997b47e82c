import Link from "next/link";

/** Previous/next links that keep the other query parameters; real links, so they work without JavaScript. */
export function Pagination({ page, pageCount, params, basePath }: { page: number; pageCount: number; params: Record<string, string | undefined>; basePath: string }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const query = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${basePath}?${query}`;
  };
  return (
    <nav aria-label="Paginering" className="pagination">
      {page > 1 ? <Link href={href(page - 1)} rel="prev">Vorige</Link> : <span aria-hidden="true" />}
      <span>
        Pagina {page} van {pageCount}
      </span>
      {page < pageCount ? <Link href={href(page + 1)} rel="next">Volgende</Link> : <span aria-hidden="true" />}
    </nav>
  );
}
