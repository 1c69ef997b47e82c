import "server-only";
import type { JSONContent } from "@tiptap/core";
import type { PostFormProps } from "@/components/redactie/post-form";
import type { EditablePost } from "@/db/queries/editorial-posts";
import { getMedia } from "@/db/queries/media";
import { listPeople } from "@/db/queries/people";
import { listSections } from "@/db/queries/sections";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { toAmsterdamInput } from "@/lib/dates";
import { toMediaOption } from "@/lib/media/media-option";

/** Everything the editor needs, and nothing more: the client gets these fields only. */
export function editorProps(user: CurrentUser, post: EditablePost | null): PostFormProps {
  const localTime = (d: Date | null | undefined) => (d ? toAmsterdamInput(d) : "");
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
    },
    sections: listSections(),
    people: listPeople().map(({ id, name, jobTitle, active }) => ({ id, name, jobTitle, active })),
    featuredImage: featured ? toMediaOption(featured) : null,
    canPublish: can(user, "post.publish"),
  };
}
