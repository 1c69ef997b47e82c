// The whole newsroom domain (see DESIGN.md). Times are stored as UTC milliseconds.
import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

import { LANGUAGES, POST_KINDS, POST_STATUSES } from "../lib/posts/post-constants";

// Defined in a plain module so client components can use them without loading this file.
export { LANGUAGES, POST_KINDS, POST_STATUSES };
export const ROLES = ["admin", "editor", "author"] as const;
export const QUESTION_STATUSES = ["new", "in_progress", "answered", "spam"] as const;

export type { Language, PostKind, PostStatus } from "../lib/posts/post-constants";
export type Role = (typeof ROLES)[number];
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

const id = () => integer("id").primaryKey({ autoIncrement: true });
const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date())
    .$onUpdateFn(() => new Date());

export const sections = sqliteTable("sections", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  position: integer("position").notNull().default(0),
  createdAt: createdAt(),
});

export const users = sqliteTable("users", {
  id: id(),
  // Stored lower-cased so lookups are case-insensitive.
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash"),
  role: text("role", { enum: ROLES }).notNull().default("author"),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  // Bumped to invalidate every session cookie issued before.
  sessionVersion: integer("session_version").notNull().default(1),
  // Second factor: the TOTP secret, encrypted with a key derived from AUTH_SECRET; enabled once a code was confirmed.
  totpSecret: text("totp_secret"),
  totpEnabledAt: integer("totp_enabled_at", { mode: "timestamp_ms" }),
  // The last TOTP time step accepted: a code is refused when its step is not later (no replay within its 30 s).
  totpLastStep: integer("totp_last_step"),
  // One-time set-password link: only the hash of the token is kept.
  passwordTokenHash: text("password_token_hash"),
  passwordTokenExpiresAt: integer("password_token_expires_at", { mode: "timestamp_ms" }),
  lastLoginAt: integer("last_login_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const media = sqliteTable("media", {
  id: id(),
  // Folder name under the media data directory; never derived from the uploaded file name.
  storageKey: text("storage_key").notNull().unique(),
  originalName: text("original_name").notNull(),
  mimeType: text("mime_type").notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  byteSize: integer("byte_size").notNull(),
  // Generated widths, e.g. [320, 640, 1280].
  variants: text("variants", { mode: "json" }).$type<number[]>().notNull().default(sql`'[]'`),
  alt: text("alt").notNull(),
  caption: text("caption").notNull().default(""),
  uploadedById: integer("uploaded_by_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const people = sqliteTable(
  "people",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    jobTitle: text("job_title").notNull().default(""),
    email: text("email"),
    phone: text("phone"),
    bio: text("bio").notNull().default(""),
    photoId: integer("photo_id").references(() => media.id, { onDelete: "set null" }),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    userId: integer("user_id")
      .unique()
      .references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("people_name_idx").on(t.name)],
);

export const posts = sqliteTable(
  "posts",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    sectionId: integer("section_id").references(() => sections.id, { onDelete: "restrict" }),
    kind: text("kind", { enum: POST_KINDS }).notNull().default("news"),
    status: text("status", { enum: POST_STATUSES }).notNull().default("draft"),
    language: text("language", { enum: LANGUAGES }).notNull().default("nl"),
    title: text("title").notNull().default(""),
    lead: text("lead").notNull().default(""),
    // Tiptap JSON document, validated against lib/content/extensions on save.
    body: text("body", { mode: "json" }).$type<unknown>(),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    contactPersonId: integer("contact_person_id").references(() => people.id, { onDelete: "restrict" }),
    featuredImageId: integer("featured_image_id").references(() => media.id, { onDelete: "set null" }),
    highlighted: integer("highlighted", { mode: "boolean" }).notNull().default(false),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    scheduledAt: integer("scheduled_at", { mode: "timestamp_ms" }),
    // Events and webinars.
    eventStartsAt: integer("event_starts_at", { mode: "timestamp_ms" }),
    eventLocation: text("event_location"),
    eventOnline: integer("event_online", { mode: "boolean" }).notNull().default(false),
    registrationUrl: text("registration_url"),
    recordingUrl: text("recording_url"),
    seoTitle: text("seo_title"),
    seoDescription: text("seo_description"),
    // The same article in the other language, for hreflang.
    translationOfId: integer("translation_of_id").references((): AnySQLiteColumn => posts.id, {
      onDelete: "set null",
    }),
    // Optimistic locking: a save must name the version it started from.
    version: integer("version").notNull().default(1),
    // "Bijgewerkt op": set only when an editor marks an edit of a published post as substantive.
    revisedAt: integer("revised_at", { mode: "timestamp_ms" }),
    // Edits to a published post wait here (the editor's fields as saved) until "Bijwerken" applies them;
    // readers keep seeing the columns above.
    pendingChanges: text("pending_changes", { mode: "json" }).$type<Record<string, unknown>>(),
    pendingSavedAt: integer("pending_saved_at", { mode: "timestamp_ms" }),
    // In the trash ("Prullenbak") since; restorable for 30 days, then removed by the retention job.
    trashedAt: integer("trashed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("posts_trashed_idx").on(t.trashedAt),
    index("posts_status_published_idx").on(t.status, t.publishedAt),
    index("posts_section_status_published_idx").on(t.sectionId, t.status, t.publishedAt),
    index("posts_kind_status_published_idx").on(t.kind, t.status, t.publishedAt),
    index("posts_kind_event_idx").on(t.kind, t.eventStartsAt),
    index("posts_status_scheduled_idx").on(t.status, t.scheduledAt),
    index("posts_author_idx").on(t.authorId),
    index("posts_contact_idx").on(t.contactPersonId),
    index("posts_updated_idx").on(t.updatedAt),
    // Every article render asks whether it has a translation.
    index("posts_translation_idx").on(t.translationOfId),
  ],
);

export const postCoauthors = sqliteTable(
  "post_coauthors",
  {
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.personId] }), index("post_coauthors_person_idx").on(t.personId)],
);

// The curated rail of an article: up to four items, each an internal post or an external link, in order.
// Without rows the automatic rail is shown.
export const postRailItems = sqliteTable(
  "post_rail_items",
  {
    id: id(),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    targetPostId: integer("target_post_id").references((): AnySQLiteColumn => posts.id, { onDelete: "cascade" }),
    url: text("url"),
    // For an external link; an internal post shows its own title unless this is set.
    title: text("title"),
    label: text("label").notNull(),
    date: integer("date", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("post_rail_items_post_position_idx").on(t.postId, t.position), index("post_rail_items_target_idx").on(t.targetPostId)],
);

// What an import brought in, by the source's own id, so a re-run updates instead of duplicating.
export const importRecords = sqliteTable(
  "import_records",
  {
    // e.g. "wordpress:https://example.org" or "ghost:<site url>".
    source: text("source").notNull(),
    // "post", "media", "person", "section".
    entity: text("entity").notNull(),
    externalId: text("external_id").notNull(),
    entityId: integer("entity_id").notNull(),
    importedAt: integer("imported_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [primaryKey({ columns: [t.source, t.entity, t.externalId] })],
);

// Slugs a post had before; the public site redirects them to the current URL.
export const oldSlugs = sqliteTable(
  "old_slugs",
  {
    slug: text("slug").primaryKey(),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("old_slugs_post_idx").on(t.postId)],
);

export const revisions = sqliteTable(
  "revisions",
  {
    id: id(),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    lead: text("lead").notNull(),
    body: text("body", { mode: "json" }).$type<unknown>(),
    // The remaining fields, as saved.
    fields: text("fields", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("revisions_post_version_idx").on(t.postId, t.version)],
);

export const questions = sqliteTable(
  "questions",
  {
    id: id(),
    postId: integer("post_id").references(() => posts.id, { onDelete: "set null" }),
    // Null means the general inbox.
    recipientId: integer("recipient_id").references(() => people.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    organisation: text("organisation").notNull().default(""),
    // The topic chosen on /contact (a section name), if any.
    topic: text("topic"),
    message: text("message").notNull(),
    status: text("status", { enum: QUESTION_STATUSES }).notNull().default("new"),
    answer: text("answer"),
    answeredAt: integer("answered_at", { mode: "timestamp_ms" }),
    answeredById: integer("answered_by_id").references(() => users.id, { onDelete: "set null" }),
    // When it was answered or marked spam: the retention period counts from here.
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    // Keyed hash of the sender's IP, for rate limiting only.
    ipHash: text("ip_hash"),
    // When the assignee was last reminded that the promised answer time has passed.
    remindedAt: integer("reminded_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("questions_status_created_idx").on(t.status, t.createdAt),
    index("questions_recipient_idx").on(t.recipientId, t.createdAt),
    index("questions_email_idx").on(t.email),
    index("questions_closed_idx").on(t.closedAt),
  ],
);

// History of a question: assignments, notes, status changes.
export const questionEvents = sqliteTable(
  "question_events",
  {
    id: id(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    type: text("type").notNull(),
    body: text("body").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("question_events_question_idx").on(t.questionId)],
);

// Mail to send; a worker retries until it is accepted, so a mail server outage delays mail but loses nothing.
export const MAIL_KINDS = ["notification", "receipt", "answer", "reminder", "newsletter", "subscription", "test"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

// Mail waits here until a sender claims it: `claimed_until` is a lease (one sender at a time), `attempts` counts
// claims, `failed_at` ends automatic retries, `last_reply` is the mail server's answer without addresses.
export const outbox = sqliteTable(
  "outbox",
  {
    id: id(),
    questionId: integer("question_id").references(() => questions.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: MAIL_KINDS }).notNull().default("notification"),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    // Optional HTML alternative and extra headers (List-Unsubscribe, Auto-Submitted ...).
    html: text("html"),
    headers: text("headers", { mode: "json" }).$type<Record<string, string>>(),
    // A newsletter issue's mail to one subscriber: the unique index below makes a second queueing impossible.
    issueId: integer("issue_id").references((): AnySQLiteColumn => newsletterIssues.id, { onDelete: "set null" }),
    subscriberId: integer("subscriber_id").references((): AnySQLiteColumn => subscribers.id, { onDelete: "cascade" }),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    claimedUntil: integer("claimed_until", { mode: "timestamp_ms" }),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    failedAt: integer("failed_at", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
    lastReply: text("last_reply"),
    createdAt: createdAt(),
  },
  (t) => [
    index("outbox_pending_idx").on(t.sentAt, t.failedAt, t.nextAttemptAt),
    index("outbox_failed_idx").on(t.failedAt),
    index("outbox_kind_created_idx").on(t.kind, t.createdAt),
    uniqueIndex("outbox_issue_subscriber_idx").on(t.issueId, t.subscriberId),
  ],
);

export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: id(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
    ipHash: text("ip_hash"),
    createdAt: createdAt(),
  },
  (t) => [index("audit_events_created_idx").on(t.createdAt), index("audit_events_user_idx").on(t.userId)],
);

// Counters of rate-limiter-flexible's SQLite store (login attempts, question submissions); its layout, our migration.
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: integer("expire"),
});

// Sessions ended by logging out before their 8 hours were up; the JWT's random `sid` is looked up on every request.
// A row is only needed until the session would have expired anyway (the retention job removes it then).
export const endedSessions = sqliteTable(
  "ended_sessions",
  {
    sid: text("sid").primaryKey(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("ended_sessions_expires_idx").on(t.expiresAt)],
);

// Site settings edited at /redactie/instellingen (name, tagline, logo, address, policies ...); a key without a row
// falls back to its first-run default from the environment.
export const siteSettings = sqliteTable("site_settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).$type<unknown>().notNull(),
  updatedById: integer("updated_by_id").references(() => users.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
});

export const SUBSCRIBER_STATUSES = ["pending", "confirmed", "unsubscribed"] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

// Newsletter subscribers. Double opt-in: nothing is sent before `confirmedAt`; the consent is recorded as given.
export const subscribers = sqliteTable(
  "subscribers",
  {
    id: id(),
    // Stored lower-cased.
    email: text("email").notNull().unique(),
    status: text("status", { enum: SUBSCRIBER_STATUSES }).notNull().default("pending"),
    // Section ids of interest; empty means everything.
    sectionIds: text("section_ids", { mode: "json" }).$type<number[]>().notNull().default(sql`'[]'`),
    consentText: text("consent_text").notNull(),
    // Which form (or import source) the consent came from.
    consentSource: text("consent_source").notNull(),
    consentAt: integer("consent_at", { mode: "timestamp_ms" }).notNull(),
    confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
    unsubscribedAt: integer("unsubscribed_at", { mode: "timestamp_ms" }),
    ipHash: text("ip_hash"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("subscribers_status_idx").on(t.status, t.createdAt)],
);

export const NEWSLETTER_STATUSES = ["draft", "scheduled", "sending", "sent"] as const;
export type NewsletterStatus = (typeof NEWSLETTER_STATUSES)[number];

// One newsletter issue: drafted from a week's posts and events, edited, then sent through the outbox.
export const newsletterIssues = sqliteTable(
  "newsletter_issues",
  {
    id: id(),
    status: text("status", { enum: NEWSLETTER_STATUSES }).notNull().default("draft"),
    subject: text("subject").notNull(),
    intro: text("intro").notNull().default(""),
    // Post ids in the editor's order.
    postIds: text("post_ids", { mode: "json" }).$type<number[]>().notNull().default(sql`'[]'`),
    periodStart: integer("period_start", { mode: "timestamp_ms" }).notNull(),
    periodEnd: integer("period_end", { mode: "timestamp_ms" }).notNull(),
    scheduledAt: integer("scheduled_at", { mode: "timestamp_ms" }),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("newsletter_issues_status_idx").on(t.status, t.scheduledAt)],
);

// One-time recovery codes for the second factor; only hashes are kept.
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: id(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

// WebAuthn credentials (passkeys) of staff accounts.
export const passkeys = sqliteTable(
  "passkeys",
  {
    // The credential id, base64url.
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    // COSE public key, base64url.
    publicKey: text("public_key").notNull(),
    counter: integer("counter").notNull().default(0),
    transports: text("transports", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("passkeys_user_idx").on(t.userId)],
);
