// The post vocabulary as plain values, shared by db/schema and client components: importing them from here keeps
// drizzle (and the rest of db/schema) out of the browser's JavaScript (house rule 13).
export const POST_KINDS = ["news", "analysis", "interview", "event", "webinar"] as const;
export const POST_STATUSES = ["draft", "in_review", "scheduled", "published", "archived"] as const;
export const LANGUAGES = ["nl", "en"] as const;

export type PostKind = (typeof POST_KINDS)[number];
export type PostStatus = (typeof POST_STATUSES)[number];
export type Language = (typeof LANGUAGES)[number];
