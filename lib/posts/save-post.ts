import "server-only";
import type { JSONContent } from "@tiptap/core";
import { recordAudit } from "@/db/queries/audit";
import {
  getPostForEditing, insertPost, moveSlug, replaceCoauthors, slugTaken, updatePostAtVersion, type EditablePost,
} from "@/db/queries/editorial-posts";
import { insertRevision } from "@/db/queries/revisions";
import { findMissingReferences } from "@/db/queries/references";
import { getSectionSlugById } from "@/db/queries/sections";
import type { PostStatus } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { parseDocument } from "@/lib/content/document";
import { foreignImageLabels, foreignImagesMessage } from "@/lib/content/foreign-image";
import { slugify } from "@/lib/slugs";
import type { PostForm } from "./post-schema";
import { checklistMessage, missingForPublish } from "./publish-checklist";
import { changePublicContent, type PublicChange } from "./public-changes";
import { canEditPost, intentPermission, statusAfter } from "./workflow";

export type SaveResult =
  | { ok: true; id: number; version: number; status: PostStatus; publicPath: string | null }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; conflict?: boolean };

const NOT_FOUND: SaveResult = { ok: false, message: "Dit bericht bestaat niet of u mag het niet bewerken." };

function uniqueSlug(wanted: string, postId: number | null): string {
  let candidate = wanted;
  for (let n = 2; slugTaken({ slug: candidate, exceptPostId: postId }); n++) candidate = `${wanted}-${n}`;
  return candidate;
}

/**
 * The date readers see: kept when the post was already public (a correction is not news), the scheduled moment
 * for a scheduled post, and otherwise now: also when publishing a post that was scheduled for later.
 */
function publicationDate(existing: EditablePost | null, status: PostStatus, scheduledAt: Date | null, now: Date): Date | null {
  if (status === "scheduled") return scheduledAt;
  if (status !== "published") return existing?.publishedAt ?? null;
  const earlier = existing?.publishedAt;
  return earlier && earlier.getTime() <= now.getTime() ? earlier : now;
}

/** Chosen section, people and image must exist (someone may have deleted them meanwhile). */
function missingReferences(form: PostForm): Record<string, string> | null {
  const missing = findMissingReferences({
    sectionId: form.sectionId,
    personIds: [form.contactPersonId, ...form.coauthorIds].filter((id): id is number => id !== null),
    mediaId: form.featuredImageId,
  });
  const errors: Record<string, string> = {};
  if (missing.section) errors.sectionId = "Deze rubriek bestaat niet meer.";
  if (form.contactPersonId && missing.people.includes(form.contactPersonId)) errors.contactPersonId = "Deze contactpersoon bestaat niet meer.";
  if (form.coauthorIds.some((id) => missing.people.includes(id))) errors.coauthorIds = "Een van de co-auteurs bestaat niet meer.";
  if (missing.media) errors.featuredImageId = "Deze afbeelding bestaat niet meer.";
  return Object.keys(errors).length ? errors : null;
}

/**
 * Validates, checks permissions and versions, and stores a post with its co-authors, a revision and its search
 * entry in one transaction. Throws DatabaseBusyError when the database stays locked; then nothing changed.
 */
export async function savePost(user: CurrentUser, form: PostForm): Promise<SaveResult> {
  const existing = form.id ? getPostForEditing({ id: form.id }) : null;
  if (form.id && !existing) return NOT_FOUND;
  // Object-level check: authors only touch their own unpublished posts.
  if (!canEditPost(user, existing)) return NOT_FOUND;
  if (!can(user, intentPermission(form.intent))) return { ok: false, message: "U mag deze handeling niet uitvoeren." };

  const status = statusAfter(existing?.status ?? null, form.intent);
  if (!status) return { ok: false, message: "Deze handeling past niet bij de huidige status van het bericht." };

  let body: JSONContent | null = null;
  if (form.body.trim()) {
    const parsed = parseDocument(form.body);
    if (!parsed.ok) return { ok: false, message: parsed.error, fieldErrors: { body: parsed.error } };
    body = parsed.doc;
  }

  const autoSlug = !form.slug;
  const wantedSlug = form.slug || slugify(form.title) || existing?.slug || `bericht-${Date.now().toString(36)}`;
  if (!autoSlug && slugTaken({ slug: wantedSlug, exceptPostId: existing?.id })) {
    return { ok: false, message: "Controleer de gemarkeerde velden.", fieldErrors: { slug: "Deze korte URL is al in gebruik. Kies een andere." } };
  }
  const slug = autoSlug ? uniqueSlug(wantedSlug, existing?.id ?? null) : wantedSlug;

  const goesPublic = status === "published" || status === "scheduled";
  if (goesPublic) {
    const missing = missingForPublish({ ...form, body });
    if (missing.length) return { ok: false, message: checklistMessage(missing) };
    const foreign = foreignImageLabels(body);
    if (foreign.length) return { ok: false, message: foreignImagesMessage(foreign), fieldErrors: { body: foreignImagesMessage(foreign) } };
  }
  if (form.intent === "schedule" && (!form.scheduledAt || form.scheduledAt.getTime() <= Date.now())) {
    return { ok: false, message: "Kies een publicatiemoment in de toekomst.", fieldErrors: { scheduledAt: "Kies een moment in de toekomst." } };
  }

  const now = new Date();
  // A plain save of a scheduled post keeps its moment; only "Inplannen" sets a new one.
  const scheduledAt = status !== "scheduled" ? null : form.intent === "schedule" ? form.scheduledAt : (existing?.scheduledAt ?? null);
  if (status === "scheduled" && !scheduledAt) return { ok: false, message: "Kies een publicatiemoment in de toekomst." };
  const missingReference = missingReferences(form);
  if (missingReference) return { ok: false, message: "Controleer de gemarkeerde velden.", fieldErrors: missingReference };
  const values = {
    slug,
    title: form.title,
    lead: form.lead,
    body,
    sectionId: form.sectionId,
    kind: form.kind,
    language: form.language,
    contactPersonId: form.contactPersonId,
    featuredImageId: form.featuredImageId,
    highlighted: form.highlighted,
    eventStartsAt: form.eventStartsAt,
    eventLocation: form.eventLocation || null,
    eventOnline: form.eventOnline,
    registrationUrl: form.registrationUrl,
    recordingUrl: form.recordingUrl,
    seoTitle: form.seoTitle || null,
    seoDescription: form.seoDescription || null,
    status,
    scheduledAt,
    publishedAt: publicationDate(existing, status, scheduledAt, now),
  };

  const store = (): SaveResult => {
    let id: number;
    let version: number;
    if (existing) {
      const next = updatePostAtVersion({ id: existing.id, version: form.version }, values);
      if (next === null) {
        return {
          ok: false,
          conflict: true,
          message: "Iemand anders heeft dit bericht intussen opgeslagen. Uw wijzigingen zijn niet opgeslagen: kopieer uw tekst en laad de pagina opnieuw.",
        };
      }
      id = existing.id;
      version = next;
      if (existing.status === "published" && existing.slug !== slug) moveSlug({ postId: id, from: existing.slug, to: slug });
    } else {
      ({ id, version } = insertPost({ ...values, authorId: user.id }));
    }
    replaceCoauthors({ postId: id, personIds: form.coauthorIds });
    const { title, lead, body: revisionBody, ...fields } = values;
    insertRevision({ postId: id, version, title, lead, body: revisionBody, fields: { ...fields, coauthorIds: form.coauthorIds }, createdById: user.id });
    const sectionSlug = getSectionSlugById({ id: form.sectionId });
    return { ok: true, id, version, status, publicPath: sectionSlug ? `/${sectionSlug}/${slug}` : null };
  };

  // Readers are concerned when the post was or is public: added on publish, updated on edit, removed on unpublish.
  // The search row follows in the same transaction, so a save never half succeeds (a retry after a stored save would
  // meet a version conflict).
  const concernsReaders = existing?.status === "published" || status === "published";
  const saved = await changePublicContent((): PublicChange<SaveResult> => {
    const result = store();
    return { result, postIds: result.ok ? [result.id] : [], visible: result.ok && concernsReaders };
  });
  if (!saved.ok) return saved;

  if (form.intent !== "autosave") {
    recordAudit({ action: `post.${form.intent}`, userId: user.id, targetType: "post", targetId: saved.id, detail: { status } });
  }
  return saved;
}

export type { EditablePost };
