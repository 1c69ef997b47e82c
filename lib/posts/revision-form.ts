// Turns a stored revision back into editor input, so a restore goes through the same schema and save as typing.
import { toAmsterdamInput } from "@/lib/dates";
import { postFormSchema, type PostForm } from "./post-schema";

type Revision = { postId: number; title: string; lead: string; body: unknown; fields: Record<string, unknown> };

const asText = (v: unknown) => (v === null || v === undefined ? "" : String(v));

export function revisionToForm(revision: Revision, version: number): PostForm | null {
  const f = revision.fields;
  const input = {
    id: String(revision.postId),
    version: String(version),
    intent: "save",
    title: revision.title,
    lead: revision.lead,
    body: revision.body ? JSON.stringify(revision.body) : "",
    slug: asText(f.slug),
    sectionId: asText(f.sectionId),
    kind: asText(f.kind),
    language: asText(f.language),
    contactPersonId: asText(f.contactPersonId),
    coauthorIds: Array.isArray(f.coauthorIds) ? f.coauthorIds.join(",") : "",
    featuredImageId: asText(f.featuredImageId),
    highlighted: f.highlighted ? "on" : "",
    eventStartsAt: f.eventStartsAt ? toAmsterdamInput(new Date(String(f.eventStartsAt))) : "",
    eventLocation: asText(f.eventLocation),
    eventOnline: f.eventOnline ? "on" : "",
    registrationUrl: asText(f.registrationUrl),
    recordingUrl: asText(f.recordingUrl),
    seoTitle: asText(f.seoTitle),
    seoDescription: asText(f.seoDescription),
  };
  const parsed = postFormSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}
