import "server-only";
import type { JSONContent } from "@tiptap/core";
import { recordAudit } from "@/db/queries/audit";
import {
  getPostForEditing, insertPost, moveSlug, replaceCoauthors, slugTaken, updatePostAtVersion, type EditablePost,
} from "@/db/queries/editorial-posts";
import { existingPostIds, replaceRailItems } from "@/db/queries/rail-items";
import { insertRevision } from "@/db/queries/revisions";
import { findMissingReferences } from "@/db/queries/references";
import { getSectionSlugById } from "@/db/queries/sections";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { parseDocument } from "@/lib/content/document";
import { foreignImageLabels, foreignImagesMessage } from "@/lib/content/foreign-image";
import { freeSlug, slugify } from "@/lib/slugs";
import type { PostForm } from "./post-schema";
import { savePendingChanges } from "./pending-changes";
import { FUTURE_DATE_MESSAGE, resolvePublishedAt, resolveRevisedAt } from "./publication-date";
import { checklistMessage, missingForPublish } from "./publish-checklist";
import { changePublicContent, type PublicChange } from "./public-changes";
import { parseRailItems, type RailItemInput } from "./rail-input";
import { CONFLICT, NOT_FOUND, type SaveResult } from "./save-result";
import { TRASHED_MESSAGE } from "./trash-rules";
import { canEditPost, intentPermission, statusAfter } from "./workflow";

export type { SaveResult };

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
 * Publication date, "Bijgewerkt op" and the curated rail are editors' choices: an author's form has none of these
 * fields, and a request that carries them anyway is refused. Returns the checked rail (undefined: unchanged).
 */
function editorialChoices(user: CurrentUser, form: PostForm, now: Date): { ok: true; rail: RailItemInput[] | undefined } | Extract<SaveResult, { ok: false }> {
  const chosen = form.publishedOn !== null || form.markRevised || form.railItems !== undefined;
  if (chosen && !can(user, "post.publish")) return { ok: false, message: "Alleen redacteuren kunnen de publicatiedatum, 'bijgewerkt' en de rail instellen." };
  const errors: Record<string, string> = {};
  if (form.publishedOn && form.publishedOn.getTime() > now.getTime()) errors.publishedOn = FUTURE_DATE_MESSAGE;
  let rail: RailItemInput[] | undefined;
  if (form.railItems !== undefined) {
    const parsed = parseRailItems(form.railItems);
    if (!parsed.ok) Object.assign(errors, parsed.fieldErrors);
    else {
      const targets = parsed.items.flatMap((item) => (item.targetPostId ? [item.targetPostId] : []));
      const found = existingPostIds({ ids: targets });
      parsed.items.forEach((item, i) => {
        if (item.targetPostId && (!found.includes(item.targetPostId) || item.targetPostId === form.id)) errors[`rail-${i}-postId`] = "Kies een ander bericht: dit bestaat niet meer of is het bericht zelf.";
      });
      rail = parsed.items;
    }
  }
  return Object.keys(errors).length ? { ok: false, message: "Controleer de gemarkeerde velden.", fieldErrors: errors } : { ok: true, rail };
}

/**
 * Validates, checks permissions and versions, and stores a post with its co-authors, a revision and its search
 * entry in one transaction. Throws DatabaseBusyError when the database stays locked; then nothing changed.
 */
export async function savePost(user: CurrentUser, form: PostForm): Promise<SaveResult> {
  const existing = form.id ? getPostForEditing({ id: form.id }) : null;
  if (form.id && !existing) return NOT_FOUND;
  if (existing?.trashedAt) return { ok: false, message: TRASHED_MESSAGE };
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

  // A slug that follows the title gets a free suffix when taken; one typed by hand is refused instead.
  const autoSlug = !form.slug || form.slugAuto;
  const wantedSlug = (autoSlug ? slugify(form.title) || form.slug : form.slug) || existing?.slug || `bericht-${Date.now().toString(36)}`;
  if (!autoSlug && slugTaken({ slug: wantedSlug, exceptPostId: existing?.id })) {
    return { ok: false, message: "Controleer de gemarkeerde velden.", fieldErrors: { slug: "Deze korte URL is al in gebruik. Kies een andere." } };
  }
  const slug = autoSlug ? freeSlug(wantedSlug, (candidate) => slugTaken({ slug: candidate, exceptPostId: existing?.id })) : wantedSlug;

  // Saving a published post keeps the edits pending until "Bijwerken", which checks them like a publish.
  const keepsPending = existing?.status === "published" && (form.intent === "save" || form.intent === "autosave");
  const goesPublic = status === "published" || status === "scheduled";
  if (goesPublic && !keepsPending) {
    const missing = missingForPublish({ ...form, body });
    if (missing.length) return { ok: false, message: checklistMessage(missing) };
    const foreign = foreignImageLabels(body);
    if (foreign.length) return { ok: false, message: foreignImagesMessage(foreign), fieldErrors: { body: foreignImagesMessage(foreign) } };
  }
  if (form.intent === "schedule" && (!form.scheduledAt || form.scheduledAt.getTime() <= Date.now())) {
    return { ok: false, message: "Kies een publicatiemoment in de toekomst.", fieldErrors: { scheduledAt: "Kies een moment in de toekomst." } };
  }

  const now = new Date();
  const editorial = editorialChoices(user, form, now);
  if (!editorial.ok) return editorial;
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
    publishedAt: resolvePublishedAt({ current: existing?.publishedAt ?? null, status, scheduledAt, requested: form.publishedOn, now }),
    revisedAt: resolveRevisedAt({ markRevised: form.markRevised, wasPublished: existing?.status === "published", status, now }),
  };
  const railRows = editorial.rail?.map(({ kind: _kind, ...item }) => item);
  if (existing && keepsPending) return savePendingChanges({ post: existing, version: form.version, values, coauthorIds: form.coauthorIds, railItems: railRows });

  const store = (): SaveResult => {
    let id: number;
    let version: number;
    if (existing) {
      // Any other save applies what was pending (the editor sent it along) and clears it.
      const next = updatePostAtVersion({ id: existing.id, version: form.version }, { ...values, pendingChanges: null, pendingSavedAt: null });
      if (next === null) return CONFLICT;
      id = existing.id;
      version = next;
      if (existing.status === "published" && existing.slug !== slug) moveSlug({ postId: id, from: existing.slug, to: slug });
    } else {
      ({ id, version } = insertPost({ ...values, authorId: user.id }));
    }
    replaceCoauthors({ postId: id, personIds: form.coauthorIds });
    if (railRows) replaceRailItems({ postId: id, items: railRows });
    const { title, lead, body: revisionBody, ...fields } = values;
    insertRevision({ postId: id, version, title, lead, body: revisionBody, fields: { ...fields, coauthorIds: form.coauthorIds }, createdById: user.id });
    const sectionSlug = getSectionSlugById({ id: form.sectionId });
    return { ok: true, id, version, status, publicPath: sectionSlug ? `/${sectionSlug}/${slug}` : null, slug, pending: false };
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
