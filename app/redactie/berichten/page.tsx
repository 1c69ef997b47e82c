import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { z } from "@/lib/zod";
import { DateTime } from "@/components/ui/date-time";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { listPostAuthors, listPostsForDashboard } from "@/db/queries/editorial-posts";
import { listSections } from "@/db/queries/sections";
import { POST_KINDS, POST_STATUSES } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { postScope } from "@/lib/auth/scope";
import { requirePermission } from "@/lib/auth/session";
import { KIND_LABELS, STATUS_LABELS } from "@/lib/post-meta";

export const metadata: Metadata = { title: "Berichten" };

const PAGE_SIZE = 20;
// Unknown or empty filter values mean "no filter", never an error page.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional()).catch(undefined);
const filterSchema = z.object({
  q: optional(z.string().trim().max(200)),
  status: optional(z.enum(POST_STATUSES)),
  kind: optional(z.enum(POST_KINDS)),
  sectionId: optional(z.coerce.number().int().positive()),
  authorId: optional(z.coerce.number().int().positive()),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function PostsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("post.editOwn", "/redactie/berichten");
  const raw = await searchParams;
  const filter = filterSchema.parse(raw);
  const { rows, total } = listPostsForDashboard({ ...filter, scope: postScope(user), pageSize: PAGE_SIZE });
  const sections = listSections();
  const seesAll = can(user, "post.editAny");
  const authors = seesAll ? listPostAuthors() : [];
  return (
    <>
      <div className="page-head">
        <h1 className="page-title">Berichten</h1>
        <Link className="button" href="/redactie/berichten/nieuw">
          Nieuw bericht
        </Link>
        <Link href="/redactie/berichten/prullenbak">Prullenbak</Link>
      </div>
      <form className="filter-bar" method="get" role="search" aria-label="Berichten filteren">
        <div className="field">
          <label htmlFor="filter-q">Zoek in titels</label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q} />
        </div>
        <FilterSelect id="filter-status" name="status" label="Status" allLabel="Alle" value={filter.status} options={POST_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} />
        <FilterSelect id="filter-section" name="sectionId" label="Rubriek" allLabel="Alle" value={filter.sectionId} options={sections.map((s) => ({ value: s.id, label: s.name }))} />
        <FilterSelect id="filter-kind" name="kind" label="Soort" allLabel="Alle" value={filter.kind} options={POST_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
        {seesAll && <FilterSelect id="filter-author" name="authorId" label="Auteur" allLabel="Alle" value={filter.authorId} options={authors.map((a) => ({ value: a.id, label: a.name }))} />}
        <button type="submit" className="button button--quiet">Filteren</button>
      </form>
      <p aria-live="polite">{total === 1 ? "1 bericht" : `${total} berichten`}</p>
      {rows.length > 0 && (
        <DataTable caption="Berichten, laatst gewijzigd eerst" columns={["Titel", "Soort", "Rubriek", "Status", "Auteur", "Laatst gewijzigd"]}>
          {rows.map((post) => (
            <tr key={post.id}>
              <th scope="row">
                <Link href={`/redactie/berichten/${post.id}`}>{post.title || "(zonder titel)"}</Link>
              </th>
              <td>{KIND_LABELS[post.kind]}</td>
              <td>{post.sectionName ?? "—"}</td>
              <td>
                <span className={`chip chip--${post.status}`}>{STATUS_LABELS[post.status]}</span>
              </td>
              <td>{post.authorName ?? "—"}</td>
              <td>
                <DateTime value={post.updatedAt} withTime />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={filter.page} pageCount={Math.ceil(total / PAGE_SIZE)} basePath="/redactie/berichten" params={{ q: filter.q, status: filter.status, kind: filter.kind, sectionId: filter.sectionId?.toString(), authorId: filter.authorId?.toString() }} />
    </>
  );
}
