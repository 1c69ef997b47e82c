// `npm run db:seed`: loads the demo content. Safe to run again: existing rows are kept, missing ones added.
import "../../scripts/load-env.mjs";
import { eq } from "drizzle-orm";
import { parseDocument } from "../../lib/content/document";
import { openDatabase, runMigrations, type DB } from "../connection";
import { people, postCoauthors, posts, sections } from "../schema";
import { rebuildSearchIndex } from "../queries/search";
import { seedDemoAccounts } from "./accounts";
import { agendaPosts } from "./posts-agenda";
import { articlePosts } from "./posts-articles";
import { demoPeople, demoSections } from "./people";
import type { DemoPost } from "./post-type";

const DAY = 24 * 60 * 60 * 1000;

// The seed writes inside one transaction; both the database and a transaction can select and insert.
type Writer = Pick<DB, "select" | "insert">;

function idBySlug(db: Writer, table: typeof sections | typeof people, slug: string): number {
  const row = db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get();
  if (!row) throw new Error(`Seed refers to unknown slug ${slug}`);
  return row.id;
}

// `hour` in Amsterdam winter time (UTC+1): close enough for demo events.
function atHour(daysFromNow: number, hour: number, now: number): Date {
  const date = new Date(now + daysFromNow * DAY);
  date.setUTCHours(hour - 1, 0, 0, 0);
  return date;
}

function insertPost(db: Writer, post: DemoPost, now: number): void {
  const parsed = parseDocument(post.body);
  if (!parsed.ok) throw new Error(`Demo post ${post.slug}: ${parsed.error}`);
  const status = post.status ?? "published";
  const inserted = db
    .insert(posts)
    .values({
      slug: post.slug,
      sectionId: idBySlug(db, sections, post.section),
      kind: post.kind,
      status,
      language: post.language ?? "nl",
      title: post.title,
      lead: post.lead,
      body: parsed.doc,
      contactPersonId: idBySlug(db, people, post.contact),
      highlighted: post.highlighted ?? false,
      publishedAt: status === "published" ? new Date(now - post.daysAgo * DAY) : null,
      eventStartsAt: post.event ? atHour(post.event.inDays, post.event.hour, now) : null,
      eventLocation: post.event?.location ?? null,
      eventOnline: post.event?.online ?? false,
      registrationUrl: post.event?.registrationUrl ?? null,
      recordingUrl: post.event?.recordingUrl ?? null,
    })
    .onConflictDoNothing({ target: posts.slug })
    .returning({ id: posts.id })
    .get();
  if (!inserted) return; // already there: keep whatever editors changed
  (post.coauthors ?? []).forEach((slug, position) => {
    db.insert(postCoauthors).values({ postId: inserted.id, personId: idBySlug(db, people, slug), position }).run();
  });
}

export function seedDemoContent(db: DB, now = Date.now()): void {
  db.transaction((tx) => {
    for (const section of demoSections) {
      tx.insert(sections).values(section).onConflictDoNothing({ target: sections.slug }).run();
    }
    for (const person of demoPeople) {
      tx.insert(people).values(person).onConflictDoNothing({ target: people.slug }).run();
    }
    for (const post of [...articlePosts, ...agendaPosts]) insertPost(tx, post, now);
    for (const post of articlePosts.filter((p) => p.translationOf)) {
      const original = tx.select({ id: posts.id }).from(posts).where(eq(posts.slug, post.translationOf!)).get();
      if (original) tx.update(posts).set({ translationOfId: original.id }).where(eq(posts.slug, post.slug)).run();
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { db, sqlite } = openDatabase();
  runMigrations(db);
  seedDemoContent(db);
  rebuildSearchIndex();
  const count = sqlite.prepare("select count(*) as n from posts").get() as { n: number };
  console.log(`Demo content loaded (${count.n} posts).`);
  if (process.argv.includes("--demo-accounts")) {
    const accounts = await seedDemoAccounts(db);
    console.log("\nDemo logins for /inloggen (new passwords on every run; never use these in production):");
    for (const a of accounts) console.log(`  ${a.role.padEnd(7)} ${a.email}  ${a.password}`);
  }
  sqlite.close();
}
