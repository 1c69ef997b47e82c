// Reads Ghost's JSON export (`{ db: [{ meta, data: { posts, tags, posts_tags, users, posts_authors, posts_meta } }] }`,
// Ghost 1 to 5) into the neutral ImportArchive. Ghost's post HTML is already rendered, so it is used as it is.
import { ImportFileError, type ImportArchive, type ImportAuthor, type ImportItem, type ImportStatus, type ImportTerm } from "./types";

export const GHOST_UPLOADS_MARKER = "/content/images/";

type Row = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");
const rows = (value: unknown): Row[] => (Array.isArray(value) ? value.filter((r): r is Row => typeof r === "object" && r !== null) : []);

function ghostDate(value: unknown): Date | null {
  const raw = str(value);
  if (!raw) return null;
  // Ghost writes ISO dates; older versions "2025-06-20 09:00:00" in UTC.
  const date = new Date(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(raw) ? `${raw.replace(" ", "T")}Z` : raw);
  return Number.isNaN(date.getTime()) ? null : date;
}

function statusOf(post: Row): { status: ImportStatus | null; note: string | null } {
  const status = str(post.status);
  const visibility = str(post.visibility) || "public";
  if (status === "published" && visibility !== "public") {
    return { status: "draft", note: `for ${visibility} members only in Ghost; imported as a draft (readers here have no accounts)` };
  }
  if (status === "published") return { status: "published", note: null };
  if (status === "scheduled") return { status: "scheduled", note: null };
  if (status === "draft") return { status: "draft", note: null };
  if (status === "sent") return { status: "draft", note: "sent as a newsletter only in Ghost; imported as a draft" };
  return { status: "draft", note: `unknown Ghost status "${status}"; imported as a draft` };
}

const bySortOrder = (a: Row, b: Row) => Number(a.sort_order ?? 0) - Number(b.sort_order ?? 0);

export function parseGhost(json: string, { source }: { source?: string } = {}): ImportArchive {
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch (error) {
    throw new ImportFileError(`This file is not valid JSON (${(error as Error).message}); it may be truncated. Nothing was imported.`);
  }
  const db = (root as { db?: unknown })?.db;
  const data = ((Array.isArray(db) ? db[0] : root) as { data?: Row } | undefined)?.data;
  if (!data || typeof data !== "object" || !Array.isArray(data.posts)) {
    throw new ImportFileError("This file is JSON but not a Ghost export: it has no db[0].data.posts. Nothing was imported.");
  }

  const users = new Map<string, ImportAuthor>(
    rows(data.users).map((u) => [str(u.id), { externalId: str(u.id), name: str(u.name).trim() || str(u.slug), email: str(u.email).trim().toLowerCase() || null }]),
  );
  // Internal tags (#name) organise Ghost's own admin; they are not topics.
  const tags = new Map<string, ImportTerm>(
    rows(data.tags)
      .filter((t) => str(t.visibility) !== "internal" && !str(t.name).startsWith("#"))
      .map((t) => [str(t.id), { name: str(t.name).trim(), slug: str(t.slug).trim(), kind: "tag" as const }]),
  );
  const postTags = rows(data.posts_tags).sort(bySortOrder);
  const postAuthors = rows(data.posts_authors).sort(bySortOrder);
  const postsMeta = new Map(rows(data.posts_meta).map((m) => [str(m.post_id), m]));

  const items: ImportItem[] = rows(data.posts).map((post) => {
    const id = str(post.id);
    const { status, note } = statusOf(post);
    const authorIds = postAuthors.filter((pa) => str(pa.post_id) === id).map((pa) => str(pa.author_id));
    // Ghost before 1.22 had one author on the post itself.
    if (authorIds.length === 0 && post.author_id) authorIds.push(str(post.author_id));
    const metaRow = postsMeta.get(id);
    const html = str(post.html) || (str(post.plaintext) ? `<p>${str(post.plaintext).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n\s*\n/g, "</p><p>")}</p>` : "");
    const isPage = str(post.type) === "page" || post.page === true || post.page === 1;
    const slug = str(post.slug).trim();
    return {
      externalId: id,
      type: isPage ? ("page" as const) : ("post" as const),
      title: str(post.title).trim(),
      slug,
      oldUrl: slug ? `/${slug}/` : null,
      sourceStatus: str(post.status),
      status,
      statusNote: note,
      date: ghostDate(post.published_at) ?? (status === "published" ? ghostDate(post.created_at) : null),
      html,
      excerpt: str(post.custom_excerpt).trim(),
      authors: authorIds.map((a) => users.get(a) ?? { externalId: a, name: `Ghost user ${a}`, email: null }),
      terms: postTags.filter((pt) => str(pt.post_id) === id).flatMap((pt) => tags.get(str(pt.tag_id)) ?? []),
      featuredImage: str(post.feature_image) || null,
      featuredImageAlt: str(metaRow?.feature_image_alt ?? post.feature_image_alt).trim(),
      featuredImageCaption: str(metaRow?.feature_image_caption ?? post.feature_image_caption).replace(/<[^>]*>/g, "").trim(),
    };
  });
  return { format: "ghost", source: `ghost:${source ?? "default"}`, items, uploadsMarker: GHOST_UPLOADS_MARKER, imageInfo: new Map(), notes: [] };
}
