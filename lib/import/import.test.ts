import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { JSONContent } from "@tiptap/core";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

// A fresh, migrated database and media folder for this file (db() opens DATABASE_PATH on first use).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-test-"));
process.env.DATABASE_PATH = path.join(dir, "test.db");
process.env.MEDIA_DIR = path.join(dir, "media");
const uploads = path.join(dir, "uploads");

const { eq } = await import("drizzle-orm");
const { db } = await import("@/db/client");
const schema = await import("@/db/schema");
const { findMovedPost, getPublishedPost } = await import("@/db/queries/public-posts");
const { applyImport, parseSectionMap } = await import("./apply-import");
const { readArchive } = await import("./read-archive");
const { makeUploads } = await import("./fixtures/make-uploads");
const { formatReport } = await import("./report");
const { ImportFileError } = await import("./types");
const { documentText } = await import("@/lib/content/document");
const { renderRichText } = await import("@/lib/content/render");
const { formatDate } = await import("@/lib/dates");
const { people, posts, media, sections, postCoauthors, oldSlugs } = schema;

const WXR = path.join(import.meta.dirname, "fixtures/wordpress-wxr-1.2.xml");
const GHOST = path.join(import.meta.dirname, "fixtures/ghost-export.json");
const SECTION_MAP = "Onderzoek & Innovatie=onderzoek";

type Format = "wordpress" | "ghost";

async function runImport(format: Format, { file = format === "wordpress" ? WXR : GHOST, dryRun = false, defaultSection = null as string | null } = {}) {
  const archive = await readArchive({ file, format });
  return applyImport(archive, { uploadsDir: uploads, sectionMap: parseSectionMap(SECTION_MAP), defaultSection, kind: "news", language: "nl", dryRun });
}

/** Every row an import can write, and the image folders on disk. */
function counts() {
  const count = (name: string) => (db().$client.prepare(`select count(*) as n from ${name}`).get() as { n: number }).n;
  return {
    posts: count("posts"),
    people: count("people"),
    media: count("media"),
    coauthors: count("post_coauthors"),
    records: count("import_records"),
    revisions: count("revisions"),
    oldSlugs: count("old_slugs"),
    searchRows: count("posts_fts"),
    mediaFolders: fs.existsSync(process.env.MEDIA_DIR!) ? fs.readdirSync(process.env.MEDIA_DIR!).length : 0,
  };
}

const postBySlug = (slug: string) => db().select().from(posts).where(eq(posts.slug, slug)).get()!;
const personName = (id: number | null) => (id ? db().select({ name: people.name }).from(people).where(eq(people.id, id)).get()?.name : undefined);
const sectionSlug = (id: number | null) => (id ? db().select({ slug: sections.slug }).from(sections).where(eq(sections.id, id)).get()?.slug : undefined);
const coauthorNames = (postId: number) =>
  db().select({ name: people.name }).from(postCoauthors).innerJoin(people, eq(people.id, postCoauthors.personId)).where(eq(postCoauthors.postId, postId)).all().map((r) => r.name);
const textOf = (post: { body: unknown }) => documentText(post.body as JSONContent);
const nodesOf = (doc: JSONContent, type: string): JSONContent[] => [...(doc.type === type ? [doc] : []), ...(doc.content ?? []).flatMap((c) => nodesOf(c, type))];

beforeAll(async () => {
  db();
  await makeUploads(uploads);
});

beforeEach(() => {
  const client = db().$client;
  for (const table of ["import_records", "revisions", "old_slugs", "post_coauthors", "posts", "people", "media", "sections", "posts_fts"]) client.prepare(`delete from ${table}`).run();
  fs.rmSync(process.env.MEDIA_DIR!, { recursive: true, force: true });
  db().insert(sections).values([{ slug: "onderzoek", name: "Onderzoek" }, { slug: "onderwijs", name: "Onderwijs" }]).run();
  // Already in the staff directory: the import must find her by e-mail address, not add her again.
  db().insert(people).values({ slug: "lotte-kuiper", name: "Lotte Kuiper", jobTitle: "Beleidsmedewerker", email: "lotte.kuiper@example.org" }).run();
});

describe.each<Format>(["wordpress", "ghost"])("importing the %s fixture", (format) => {
  it("brings in the reference article with its date, slug, section, people, lead and featured image", async () => {
    const report = await runImport(format);
    expect(report.posts).toEqual({ created: 4, updated: 0, unchanged: 0, skipped: format === "wordpress" ? 2 : 1 });

    const article = postBySlug("eu-netwerk-cybersecurity");
    expect(article.title).toBe("Nieuw EU-netwerk verbindt onderwijs en industrie voor betere cybersecurityvaardigheden");
    expect(article.status).toBe("published");
    expect(article.publishedAt?.toISOString()).toBe("2025-06-20T08:30:00.000Z");
    expect(sectionSlug(article.sectionId)).toBe("onderzoek");
    expect(personName(article.contactPersonId)).toBe("Matthijs Timmermans");
    expect(coauthorNames(article.id)).toEqual(["Lotte Kuiper"]);
    expect(db().select().from(people).where(eq(people.name, "Lotte Kuiper")).all()).toHaveLength(1);
    // Without an excerpt, the first paragraph is the lead and is no longer repeated in the text.
    expect(article.lead).toMatch(/^De Europese Commissie geeft een krachtige impuls .* micro-credentials\.$/);
    expect(textOf(article)).toMatch(/^Tijdens de Digital Summit in Gdańsk .* niet-ingevulde functies\.$/);

    const image = db().select().from(media).where(eq(media.id, article.featuredImageId!)).get()!;
    expect(image.alt).toBe("Studenten aan laptops in een collegezaal");
    expect(image.caption).toBe("Studenten tijdens een cybersecuritytraining");
    expect(image.mimeType).toBe("image/jpeg");
    for (const width of [320, 640, 960, 1280]) expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, image.storageKey, `${width}.webp`))).toBe(true);

    expect(report.lines).toContainEqual(expect.objectContaining({ level: "look", topic: "author-created", message: expect.stringContaining("Matthijs Timmermans") }));
    expect(report.lines.filter((l) => l.topic === "author-created" && l.message.includes("Lotte"))).toEqual([]);
  });

  it("renders the reference article for readers dated 20 juni 2025, and search finds it", async () => {
    await runImport(format);
    const article = getPublishedPost({ slug: "eu-netwerk-cybersecurity" })!;
    expect(formatDate(article.publishedAt!)).toBe("20 juni 2025");
    expect(article.contactPerson?.name).toBe("Matthijs Timmermans");
    expect(article.coauthors).toEqual(["Lotte Kuiper"]);
    expect(renderRichText(article.body as JSONContent)).toContain("<p>De urgentie voor het initiatief is hoog");
    const found = db().$client.prepare("select rowid from posts_fts where posts_fts match 'cybersecurityspecialisten'").all() as { rowid: number }[];
    expect(found.map((r) => r.rowid)).toEqual([article.id]);
  });

  it("keeps markup the editor does not know as visible text and lists it in the report", async () => {
    const report = await runImport(format);
    const post = postBySlug(format === "wordpress" ? "terugblik-begroting-gdansk" : "terugblik-begroting");
    const text = textOf(post);
    expect(text).toContain('<script>trackVisitor("begroting");</script>');
    expect(text).toContain("<iframe src=");
    expect(text).toContain("Een verslag in kleur met een verdachte link");
    expect(text).toContain(format === "wordpress" ? '[gallery ids="203,204" columns="2"]' : "[caption]Geen WordPress hier[/caption]");
    expect(text).toContain(format === "wordpress" ? "[Afbeelding niet geïmporteerd: Een foto die ontbreekt]" : "[Afbeelding niet geïmporteerd: Verdwenen foto]");
    expect(JSON.stringify(post.body)).not.toContain("javascript:");

    // The inline image went through the media library; its caption came from [caption] or <figcaption>.
    const [figure] = nodesOf(post.body as JSONContent, "image");
    expect(figure?.attrs?.src).toMatch(/^\/media\/[a-f0-9]{24}\/1280\.webp$/);
    expect(figure?.attrs?.caption).toBe(format === "wordpress" ? "De zaal tijdens het debat" : "De begroting in één grafiek");
    expect(nodesOf(post.body as JSONContent, "table")).toHaveLength(2);
    if (format === "wordpress") {
      // The same file under its resized and its original address is stored once, with the alt text each place gives.
      const images = nodesOf(post.body as JSONContent, "image");
      expect(images.map((i) => i.attrs?.alt)).toEqual(["Een volle zaal in Brussel", "De zaal van achteren"]);
      expect(new Set(images.map((i) => i.attrs?.src)).size).toBe(1);
      expect(db().select().from(media).where(eq(media.originalName, "zaal.jpg")).all()).toHaveLength(1);
      expect(post.lead).toBe("Een verslag van het debat over de Brusselse begroting’s & kennis.");
    }
    if (format === "wordpress") expect(nodesOf(post.body as JSONContent, "youtube")[0]?.attrs?.src).toContain("dQw4w9WgXcQ");

    const look = report.lines.filter((l) => l.level === "look").map((l) => `${l.topic}: ${l.message}`);
    expect(look).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^unknown-markup: <script> kept as text/),
        expect.stringMatching(/^unknown-markup: <iframe> kept as text/),
        expect.stringMatching(/^unsafe-link: link to javascript:/),
        expect.stringMatching(/^missing-image: file 2025\/05\/(ontbreekt|weg)\.jpg not found/),
        expect.stringMatching(/^nested-table:/),
        expect.stringMatching(/^unmapped-category: (category|tag) "Cyberveiligheid" matches no section/),
        expect.stringMatching(/^skipped: not imported: this newsroom has no free-standing pages/),
        expect.stringMatching(/^no-section: no section/),
        expect.stringMatching(format === "wordpress" ? /^shortcode: shortcode kept as text: \[gallery/ : /^shortcode: shortcode kept as text: \[caption\]/),
      ]),
    );
    expect(report.lines).toContainEqual(expect.objectContaining({ topic: "formatting", message: "<font> formatting not kept (its text is)" }));
    expect(formatReport(report)).toContain("Needs a person's eye");
  });

  it("maps statuses: a draft stays a draft, a post readers could not see becomes a draft with its date, pages are not imported", async () => {
    await runImport(format);
    const draft = postBySlug(format === "wordpress" ? "concept-micro-credentials-in-de-praktijk" : "concept-micro-credentials");
    expect(draft.status).toBe("draft");
    expect(draft.publishedAt).toBeNull();
    expect(draft.sectionId).toBeNull();
    const hidden = postBySlug(format === "wordpress" ? "interne-notitie" : "alleen-voor-leden");
    expect(hidden.status).toBe("draft");
    expect(hidden.publishedAt?.toISOString()).toBe("2025-04-01T08:00:00.000Z");
    expect(hidden.title).toBe(format === "wordpress" ? "Interne notitie van Pieter’s team" : "Alleen voor leden");
    expect(db().select().from(posts).where(eq(posts.title, "Over ons")).all()).toEqual([]);
    expect(db().select().from(posts).where(eq(posts.title, "Weggegooid")).all()).toEqual([]);
  });

  it("updates instead of duplicating when run again: the same rows, and nothing changed", async () => {
    await runImport(format);
    const before = counts();
    const versions = db().select({ id: posts.id, version: posts.version }).from(posts).all();
    const again = await runImport(format);
    expect(counts()).toEqual(before);
    expect(again.posts).toEqual({ created: 0, updated: 0, unchanged: 4, skipped: format === "wordpress" ? 2 : 1 });
    expect(again.media).toEqual({ created: 0, reused: 2 });
    expect(again.people).toEqual({ created: 0, matched: 0 });
    expect(db().select({ id: posts.id, version: posts.version }).from(posts).all()).toEqual(versions);
  });

  it("applies an edit made in the source on the next run, as a new version of the same post", async () => {
    await runImport(format);
    const before = counts();
    const edited = path.join(dir, `edited-${format}`);
    fs.writeFileSync(edited, fs.readFileSync(format === "wordpress" ? WXR : GHOST, "utf8").replace("De urgentie voor het initiatief is hoog", "De urgentie is bijzonder hoog"));
    const report = await runImport(format, { file: edited });
    expect(report.posts).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    const article = postBySlug("eu-netwerk-cybersecurity");
    expect(textOf(article)).toContain("De urgentie is bijzonder hoog");
    expect(article.version).toBe(2);
    expect(counts()).toEqual({ ...before, revisions: before.revisions + 1 });
  });

  it("leaves a post alone that was changed here after the import, and says so", async () => {
    await runImport(format);
    await new Promise((resolve) => setTimeout(resolve, 5));
    db().update(posts).set({ title: "Door de redactie verbeterd" }).where(eq(posts.slug, "eu-netwerk-cybersecurity")).run();
    const report = await runImport(format);
    expect(postBySlug("eu-netwerk-cybersecurity").title).toBe("Door de redactie verbeterd");
    expect(report.lines).toContainEqual(expect.objectContaining({ level: "look", topic: "edited-here" }));
  });

  it("changes nothing in a dry run, yet reports what a real run would do", async () => {
    const before = counts();
    const report = await runImport(format, { dryRun: true });
    expect(counts()).toEqual(before);
    expect(report.dryRun).toBe(true);
    expect(report.posts.created).toBe(4);
    expect(report.media.created).toBe(2);
    expect(formatReport(report)).toMatch(/^DRY RUN \(nothing was changed\)/);
  });

  it("cannot leave half an import behind: a failure while writing undoes every row and removes the stored images", async () => {
    const before = counts();
    db().$client.exec("create temp trigger refuse_last before insert on posts when new.title like 'Concept:%' begin select raise(abort, 'refused by test'); end");
    try {
      await expect(runImport(format)).rejects.toThrow("refused by test");
    } finally {
      db().$client.exec("drop trigger refuse_last");
    }
    expect(counts()).toEqual(before);
  });
});

describe("old addresses", () => {
  it("keep working: the source's slug becomes an old slug of the post when ours differs", async () => {
    await runImport("wordpress");
    expect(postBySlug("terugblik-begroting-gdansk").status).toBe("published");
    expect(findMovedPost({ slug: "terugblik-begroting-gdańsk" })).toEqual({ slug: "terugblik-begroting-gdansk", sectionSlug: "onderwijs" });
    expect(findMovedPost({ slug: "terugblik-begroting-gda%c5%84sk" })).toEqual({ slug: "terugblik-begroting-gdansk", sectionSlug: "onderwijs" });
    expect(db().select().from(oldSlugs).all()).toHaveLength(2);
  });

  it("are listed in the report with their new path", async () => {
    const report = await runImport("wordpress");
    expect(report.lines).toContainEqual(
      expect.objectContaining({ topic: "old-url", message: "https://oud.example.org/2025/06/20/eu-netwerk-cybersecurity/ -> /onderzoek/eu-netwerk-cybersecurity" }),
    );
  });
});

describe("a default section", () => {
  it("takes the posts whose categories match no section", async () => {
    await runImport("wordpress", { defaultSection: "onderwijs" });
    expect(sectionSlug(postBySlug("concept-micro-credentials-in-de-praktijk").sectionId)).toBe("onderwijs");
  });

  it("cannot name a section that does not exist", async () => {
    const before = counts();
    await expect(runImport("wordpress", { defaultSection: "bestaat-niet" })).rejects.toThrow('There is no section "bestaat-niet"');
    expect(counts()).toEqual(before);
  });
});

describe("files that cannot be imported", () => {
  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it.each<[string, Format, string, RegExp]>([
    ["a truncated WordPress export", "wordpress", fs.readFileSync(WXR, "utf8").slice(0, 6000), /not well-formed XML .* it may be truncated\. Nothing was imported\./],
    ["XML that is not WXR", "wordpress", '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title></channel></rss>', /not a WordPress export \(WXR\)/],
    ["a Ghost export given as WordPress", "wordpress", fs.readFileSync(GHOST, "utf8"), /looks like JSON, not a WordPress export .* use --ghost/],
    ["a WordPress export given as Ghost", "ghost", fs.readFileSync(WXR, "utf8"), /looks like XML, not a Ghost export .* use --wordpress/],
    ["a file that is neither", "wordpress", "Dit is gewoon tekst.", /not well-formed XML|not a WordPress export/],
    ["a truncated Ghost export", "ghost", fs.readFileSync(GHOST, "utf8").slice(0, 3000), /not valid JSON .* it may be truncated/],
    ["JSON that is not a Ghost export", "ghost", '{"posts": []}', /not a Ghost export: it has no db\[0\]\.data\.posts/],
    ["an empty file", "ghost", "", /is empty/],
  ])("refuses %s with a clear message and changes nothing", async (_name, format, content, message) => {
    const before = counts();
    const file = write(`bad-${format}-${content.length}`, content);
    const error = await runImport(format, { file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(message);
    expect(counts()).toEqual(before);
  });

  it("refuses a file over the size limit before reading it", async () => {
    await expect(readArchive({ file: WXR, format: "wordpress", maxBytes: 1024 })).rejects.toThrow(/is 15\.\d kB; the import reads at most 1\.0 kB at once/);
  });
});

describe("the section map option", () => {
  it("reads pairs of category and section, and refuses a pair without a section", () => {
    expect([...parseSectionMap("Onderzoek=onderzoek, Research = onderzoek")]).toEqual([
      ["onderzoek", "onderzoek"],
      ["research", "onderzoek"],
    ]);
    expect(() => parseSectionMap("Onderzoek")).toThrow(ImportFileError);
  });
});
