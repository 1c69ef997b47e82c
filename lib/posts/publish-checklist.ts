// What a post needs before it may be published or scheduled.
import type { JSONContent } from "@tiptap/core";
import { documentText } from "@/lib/content/document";

export type PublishCandidate = {
  title: string;
  sectionId: number | null;
  kind: string | null;
  lead: string;
  body: JSONContent | null;
  contactPersonId: number | null;
};

function hasBody(body: JSONContent | null): boolean {
  if (!body) return false;
  if (documentText(body).length > 0) return true;
  return JSON.stringify(body).includes('"type":"image"') || JSON.stringify(body).includes('"type":"youtube"');
}

/** The Dutch names of the missing fields, in form order; empty when the post may be published. */
export function missingForPublish(post: PublishCandidate): string[] {
  const missing: string[] = [];
  if (!post.title.trim()) missing.push("titel");
  if (!post.sectionId) missing.push("rubriek");
  if (!post.kind) missing.push("soort");
  if (!post.lead.trim()) missing.push("intro");
  if (!hasBody(post.body)) missing.push("tekst");
  if (!post.contactPersonId) missing.push("contactpersoon");
  return missing;
}

export function checklistMessage(missing: string[]): string {
  const list = new Intl.ListFormat("nl", { type: "conjunction" }).format(missing);
  return `Publiceren kan nog niet. Vul eerst in: ${list}.`;
}
