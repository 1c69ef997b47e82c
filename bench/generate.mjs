// Fills a fresh SQLite file with a realistic archive: posts across sections, kinds and both languages, 50 people,
// co-authors and reader questions. Deterministic (seeded PRNG): the same --posts gives the same text and slugs; only
// dates move with the day of the run, so that posts are never dated in the future.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";

const DAY = 86_400_000;

/** mulberry32: tiny, fast and good enough to pick words. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = {
  nl: ("Europese commissie onderwijs onderzoek innovatie beleid universiteiten hogescholen studenten financiering " +
    "programma Horizon Erasmus mobiliteit samenwerking kennisinstellingen lidstaten begroting voorstel raad parlement " +
    "digitale vaardigheden infrastructuur wetenschap open toegang evaluatie consultatie strategie netwerk partners " +
    "subsidie aanvraag deadline ronde projecten resultaten impact regio's talent docenten onderwijsruimte kwaliteit " +
    "erkenning diploma's micro-credentials valorisatie startups ecosysteem data kunstmatige intelligentie klimaat " +
    "energie gezondheid veiligheid en de het van een voor met op in over naar bij door nieuwe Europees Nederlandse " +
    "instellingen moeten kunnen volgend jaar akkoord onderhandelingen verwacht belangrijk").split(" "),
  en: ("European commission education research innovation policy universities colleges students funding programme " +
    "Horizon Erasmus mobility cooperation institutions member states budget proposal council parliament digital skills " +
    "infrastructure science open access evaluation consultation strategy network partners grant call deadline round " +
    "projects results impact regions talent teachers education area quality recognition degrees micro-credentials " +
    "valorisation startups ecosystem data artificial intelligence climate energy health security and the of a for " +
    "with on in about to at by new national institutions must can next year agreement negotiations expected key").split(" "),
};
const SECTIONS = [
  { slug: "onderwijs", name: "Onderwijs", description: "Europees onderwijsbeleid." },
  { slug: "onderzoek", name: "Onderzoek", description: "Horizon Europe en open science." },
  { slug: "innovatie", name: "Innovatie", description: "Valorisatie en de Europese innovatieagenda." },
];
// Roughly the mix of a policy newsroom: mostly news, some analyses and interviews, a few events and webinars.
const KINDS = [["news", 0.6], ["analysis", 0.15], ["interview", 0.1], ["event", 0.1], ["webinar", 0.05]];
const FIRST = "Anna Bram Chris Dewi Emma Finn Greta Hugo Iris Jesse Kim Lars Mila Nina Omar Pim Rosa Sem Tess Yara".split(" ");
const LAST = "de Vries Jansen Bakker Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Kok".split(" ");

function makeText(rand, lang) {
  const words = WORDS[lang];
  const pick = () => words[Math.floor(rand() * words.length)];
  const sentence = (n) => {
    const w = Array.from({ length: n }, pick);
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    return `${w.join(" ")}.`;
  };
  const wordsOf = (n) => {
    const out = [];
    for (let left = n; left > 0; ) {
      const len = Math.min(left, 8 + Math.floor(rand() * 12));
      out.push(sentence(len));
      left -= len;
    }
    return out.join(" ");
  };
  return { pick, wordsOf };
}

/** Tiptap JSON of 600-1,200 words: paragraphs of 60-120 words with an h2 every few paragraphs. */
function makeBody(rand, text) {
  const content = [];
  const target = 600 + Math.floor(rand() * 601);
  for (let words = 0, i = 0; words < target; i++) {
    if (i > 0 && i % 4 === 0) {
      content.push({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: text.wordsOf(4).replace(/\.$/, "") }] });
    }
    const n = Math.min(target - words, 60 + Math.floor(rand() * 61));
    content.push({ type: "paragraph", content: [{ type: "text", text: text.wordsOf(n) }] });
    words += n;
  }
  return { type: "doc", content };
}

function pickKind(rand) {
  let r = rand();
  for (const [kind, share] of KINDS) if ((r -= share) < 0) return kind;
  return "news";
}

/**
 * Creates `file` from scratch: migrations, then everything in one transaction with prepared statements.
 * Returns counts and the time taken.
 */
export function generate({ file, posts: postCount, seed = 7, now = Date.now() }) {
  const started = performance.now();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF"); // a throw-away file: durability is not needed while filling it
  migrate(drizzle(sqlite), { migrationsFolder: path.resolve("drizzle") });

  const rand = prng(seed);
  const today = Math.floor(now / DAY) * DAY;
  const insertSection = sqlite.prepare(
    "INSERT OR IGNORE INTO sections (slug, name, description, position, created_at) VALUES (?, ?, ?, ?, ?)");
  const insertPerson = sqlite.prepare(
    "INSERT INTO people (slug, name, job_title, email, bio, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
  const insertPost = sqlite.prepare(`INSERT INTO posts (slug, section_id, kind, status, language, title, lead, body,
    contact_person_id, highlighted, published_at, event_starts_at, event_location, event_online, registration_url,
    recording_url, created_at, updated_at) VALUES (?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertCoauthor = sqlite.prepare("INSERT OR IGNORE INTO post_coauthors (post_id, person_id, position) VALUES (?, ?, ?)");
  const insertQuestion = sqlite.prepare(`INSERT INTO questions (post_id, recipient_id, name, email, organisation, message,
    status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);

  sqlite.transaction(() => {
    SECTIONS.forEach((s, i) => insertSection.run(s.slug, s.name, s.description, i + 1, today));
    const sectionIds = sqlite.prepare("SELECT id FROM sections ORDER BY position").all().map((r) => r.id);
    const peopleIds = [];
    const peopleNames = new Map();
    // Search index rows, written like the app's indexPost (db/queries/search.ts): public posts only.
    const insertFts = sqlite.prepare("INSERT INTO posts_fts (rowid, title, lead, body, people) VALUES (?, ?, ?, ?, ?)");
    for (let i = 0; i < 50; i++) {
      const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
      const slug = `${name.toLowerCase().replace(/\s+/g, "-")}-${i + 1}`;
      const personId = Number(insertPerson.run(slug, name, "Beleidsmedewerker", `${slug}@example.org`, "Volgt het Europese beleid.", today, today).lastInsertRowid);
      peopleIds.push(personId);
      peopleNames.set(personId, name);
    }
    const pickOf = (list) => list[Math.floor(rand() * list.length)];
    for (let i = 0; i < postCount; i++) {
      const lang = rand() < 0.8 ? "nl" : "en";
      const text = makeText(rand, lang);
      const kind = pickKind(rand);
      const title = text.wordsOf(6 + Math.floor(rand() * 5)).replace(/\.$/, "");
      // Unique and stable: words for realism, the index for uniqueness.
      const slug = `${title.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").slice(0, 60).replace(/-+$/, "")}-${i + 1}`;
      // Spread over ten years, newest first in id order like a real archive grown over time.
      const publishedAt = today - Math.floor(((postCount - i) / postCount) * 3650 * DAY) - Math.floor(rand() * DAY);
      const isEvent = kind === "event" || kind === "webinar";
      const eventAt = isEvent ? publishedAt + Math.floor(rand() * 60) * DAY : null;
      const lead = text.wordsOf(30 + Math.floor(rand() * 25));
      const body = makeBody(rand, text);
      const contactId = pickOf(peopleIds);
      const id = Number(insertPost.run(slug, pickOf(sectionIds), kind, lang, title, lead,
        JSON.stringify(body), contactId, rand() < 0.01 ? 1 : 0, publishedAt, eventAt,
        isEvent ? "Brussel" : null, kind === "webinar" ? 1 : 0, isEvent ? "https://example.org/registreren" : null,
        kind === "webinar" ? "https://example.org/terugkijken" : null, publishedAt, publishedAt).lastInsertRowid);
      const coauthors = Array.from({ length: Math.floor(rand() * 3) }, () => pickOf(peopleIds));
      coauthors.forEach((personId, c) => insertCoauthor.run(id, personId, c));
      const names = [...new Set([contactId, ...coauthors])].map((pid) => peopleNames.get(pid)).join(" ");
      insertFts.run(id, title, lead, plainText(body), names);
      // About one question per ten posts, most already handled.
      if (rand() < 0.1) {
        const status = pickOf(["new", "in_progress", "answered", "answered", "spam"]);
        insertQuestion.run(id, pickOf(peopleIds), "Lezer", `lezer${i}@example.net`, "Hogeschool", text.wordsOf(40), status, publishedAt + DAY, publishedAt + DAY);
      }
    }
    // A couple of upcoming events so the article rail's "next event" has something to show.
    sqlite.prepare("UPDATE posts SET event_starts_at = ? WHERE id IN (SELECT id FROM posts WHERE kind = 'event' ORDER BY id DESC LIMIT 3)").run(today + 14 * DAY);
  })();
  // The index above is what SEARCH_INDEX_VERSION 1 (db/search-index.ts) writes: saying so spares the server a
  // rebuild on start. A later version still rebuilds it, as it should.
  sqlite.pragma("user_version = 1");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  const counts = {
    posts: sqlite.prepare("SELECT count(*) AS n FROM posts").get().n,
    people: sqlite.prepare("SELECT count(*) AS n FROM people").get().n,
    questions: sqlite.prepare("SELECT count(*) AS n FROM questions").get().n,
    indexed: sqlite.prepare("SELECT count(*) AS n FROM posts_fts").get().n,
  };
  sqlite.close();
  return { ...counts, ms: Math.round(performance.now() - started), bytes: fs.statSync(file).size };
}

/** The text of a Tiptap document, as the search index stores it. */
function plainText(node) {
  if (node.text) return node.text;
  return (node.content ?? []).map(plainText).join(" ");
}

/** `count` article URLs spread over the archive, chosen with a seeded PRNG (same run, same URLs). */
export function sampleArticles(file, count, seed = 11) {
  const sqlite = new Database(file, { readonly: true });
  const rows = sqlite.prepare("SELECT p.slug, s.slug AS section FROM posts p JOIN sections s ON s.id = p.section_id WHERE p.status = 'published' ORDER BY p.id").all();
  sqlite.close();
  const rand = prng(seed);
  const picked = new Set();
  while (picked.size < Math.min(count, rows.length)) picked.add(Math.floor(rand() * rows.length));
  return [...picked].map((i) => `/${rows[i].section}/${rows[i].slug}`);
}

/** A frequent word of the archive, for the search query. */
export const SEARCH_TERMS = ["horizon", "erasmus", "financiering", "kunstmatige intelligentie", "micro-credentials"];

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[3] || 1000);
  console.log(generate({ file: process.argv[2] || "bench/results/bench.db", posts: n }));
}
