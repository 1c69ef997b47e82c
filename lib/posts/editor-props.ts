import "server-only";
import type { JSONContent } from "@tiptap/core";
import type { PostFormProps } from "@/components/redactie/post-form";
import type { EditablePost } from "@/db/queries/editorial-posts";
import { getMedia } from "@/db/queries/media";
import { listPeople } from "@/db/queries/people";
import { listRailCandidates, listRailItemsForEditing } from "@/db/queries/rail-items";
import { listSections } from "@/db/queries/sections";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { formatDate, formatDateTime, toAmsterdamInput } from "@/lib/dates";
import { toMediaOption } from "@/lib/media/media-option";
import { pendingRailItems } from "@/lib/posts/pending-changes";

/** Everything the editor needs, and nothing more: the client gets these fields only. */
export function editorProps(user: CurrentUser, post: EditablePost | null): PostFormProps {
  const localTime = (d: Date | null | undefined) => (d ? toAmsterdamInput(d) : "");
  const editor = can(user, "post.publish");
  // A scheduled post's date is its scheduled moment, set with "Inplannen", not in "Publicatiedatum".
  const publishedOn = post?.publishedAt && post.status !== "scheduled" ? formatDateTime(post.publishedAt) : "";
  // A published post's pending rail, if its pending changes carry one, else the rail readers see.
  const railItems = editor && post ? (pendingRailItems(post.pendingChanges) ?? listRailItemsForEditing({ postId: post.id })) : [];
  const featured = post?.featuredImageId ? getMedia({ id: post.featuredImageId }) : null;
  return {
    post: {
      id: post?.id ?? null,
      version: post?.version ?? 0,
      status: post?.status ?? "draft",
      publicPath: post?.sectionSlug ? `/${post.sectionSlug}/${post.slug}` : null,
      title: post?.title ?? "",
      slug: post?.slug ?? "",
      lead: post?.lead ?? "",
      body: (post?.body as JSONContent | null) ?? null,
      sectionId: post?.sectionId ?? null,
      kind: post?.kind ?? "news",
      language: post?.language ?? "nl",
      contactPersonId: post?.contactPersonId ?? null,
      coauthorIds: post?.coauthorIds ?? [],
      featuredImageId: post?.featuredImageId ?? null,
      highlighted: post?.highlighted ?? false,
      eventStartsAt: localTime(post?.eventStartsAt),
      eventLocation: post?.eventLocation ?? "",
      eventOnline: post?.eventOnline ?? false,
      registrationUrl: post?.registrationUrl ?? "",
      recordingUrl: post?.recordingUrl ?? "",
      seoTitle: post?.seoTitle ?? "",
      seoDescription: post?.seoDescription ?? "",
      scheduledAt: localTime(post?.scheduledAt),
      publishedOn,
      revisedOn: post?.revisedAt ? formatDate(post.revisedAt) : null,
      railItems: railItems.map((item) => ({
        kind: item.targetPostId ? "post" : "link",
        postId: item.targetPostId ? String(item.targetPostId) : "",
        url: item.url ?? "",
        title: item.title ?? "",
        label: item.label,
        date: item.date ? formatDate(item.date) : "",
      })),
      // Set when the editor shows a published post's pending changes (see lib/posts/pending-changes.ts).
      pendingSavedAt: post?.pendingChanges && post.pendingSavedAt ? post.pendingSavedAt.toISOString() : null,
    },
    sections: listSections(),
    people: listPeople().map(({ id, name, jobTitle, active }) => ({ id, name, jobTitle, active })),
    featuredImage: featured ? toMediaOption(featured) : null,
    canPublish: editor,
    railCandidates: editor ? listRailCandidates({ limit: 100 }).filter((c) => c.id !== post?.id) : [],
  };
}
