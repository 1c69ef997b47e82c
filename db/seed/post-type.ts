import type { JSONContent } from "@tiptap/core";
import type { Language, PostKind, PostStatus } from "../schema";

export type DemoPost = {
  slug: string;
  section: string;
  kind: PostKind;
  language?: Language;
  status?: PostStatus;
  title: string;
  lead: string;
  body: JSONContent;
  contact: string;
  coauthors?: string[];
  highlighted?: boolean;
  /** Slug of the same article in the other language. */
  translationOf?: string;
  /** Publication time relative to the moment of seeding. */
  daysAgo: number;
  event?: { inDays: number; hour: number; location?: string; online?: boolean; registrationUrl?: string; recordingUrl?: string };
};
