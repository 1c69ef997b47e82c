import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toFtsQuery, toTitleQuery } from "@/lib/search/fts-query";
import { verifyPassword } from "@/lib/auth/password";
import { openDatabase, runMigrations } from "./connection";
import { SEARCH_INDEX_VERSION, ensureSearchIndex } from "./search-index";

// db/fixtures/first-release.db was made by the first release: today's schema, a few people, posts and users, and an
// empty search index (only the demo seed ever filled it).
const fixture = path.join(import.meta.dirname, "fixtures/first-release.db");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-upgrade-"));
const file = path.join(dir, "newsroom.db");

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function search(words: string) {
  return import("./queries/search").then(({ searchPosts }) =>
    searchPosts({ match: toFtsQuery(words)!, titleMatch: toTitleQuery(words)!, limit: 10, offset: 0 }).hits.map((h) => h.slug),
  );
}

describe("upgrading a database made by the first release", () => {
  beforeAll(() => {
    fs.copyFileSync(fixture, file);
    // The app's own connection (db/client.ts) opens this file and runs the migration path on first use.
    process.env.DATABASE_PATH = file;
  });

  it("rebuilds the empty search index on opening, so search finds its posts by title, text and people", async () => {
    expect(await search("zeewierteelt")).toEqual(["kwartaalbericht-zeewierteelt"]);
    expect(await search("cooperaties")).toEqual(["analyse-cooperaties"]);
    expect(await search("Energiecoöperaties")).toEqual(["analyse-cooperaties"]);
    expect(await search("Anna de Vries")).toEqual(["kwartaalbericht-zeewierteelt"]);
  });

  it("cannot find a draft after the rebuild", async () => {
    expect(await search("kernfusie")).toEqual([]);
  });

  it("still serves its published posts and keeps drafts from readers", async () => {
    const { getPublishedPost } = await import("./queries/public-posts");
    expect(getPublishedPost({ slug: "kwartaalbericht-zeewierteelt" })?.title).toBe("Kwartaalbericht zeewierteelt");
    expect(getPublishedPost({ slug: "concept-over-kernfusie" })).toBeFalsy();
  });

  it("still lets its users log in with their passwords, and not with a wrong one", async () => {
    const { findUserForLogin } = await import("./queries/users");
    const admin = findUserForLogin({ email: "Beheer@eerste-release.test" });
    expect(admin?.role).toBe("admin");
    expect(await verifyPassword(admin?.passwordHash, "eerste-release-wachtwoord")).toBe(true);
    expect(await verifyPassword(admin?.passwordHash, "een-ander-wachtwoord")).toBe(false);
  });

  it("records the index version, so the next start does not rebuild again", () => {
    const { db, sqlite } = openDatabase(file);
    try {
      expect(sqlite.pragma("user_version", { simple: true })).toBe(SEARCH_INDEX_VERSION);
      expect(ensureSearchIndex(db)).toEqual({ rebuilt: false });
    } finally {
      sqlite.close();
    }
  });
});

describe("a search index built by another version", () => {
  it("is rebuilt from the posts on the next migration run, dropping rows the posts no longer justify", () => {
    const other = path.join(dir, "other-version.db");
    fs.copyFileSync(fixture, other);
    const { db, sqlite } = openDatabase(other);
    try {
      runMigrations(db);
      // As an older indexer might have left it: a row for the draft, and an older version number.
      sqlite.prepare("insert into posts_fts (rowid, title, lead, body, people) values (3, 'Concept over kernfusie', '', '', '')").run();
      sqlite.pragma("user_version = 0");
      runMigrations(db);
      const ids = sqlite.prepare("select rowid as id from posts_fts order by rowid").all();
      expect(ids).toEqual([{ id: 1 }, { id: 2 }]);
    } finally {
      sqlite.close();
    }
  });

  it("is left alone when it is current and complete", () => {
    const current = path.join(dir, "current.db");
    fs.copyFileSync(fixture, current);
    const { db, sqlite } = openDatabase(current);
    try {
      runMigrations(db);
      sqlite.prepare("update posts_fts set title = 'handmatig' where rowid = 1").run();
      expect(ensureSearchIndex(db)).toEqual({ rebuilt: false });
      expect(sqlite.prepare("select title from posts_fts where rowid = 1").get()).toEqual({ title: "handmatig" });
    } finally {
      sqlite.close();
    }
  });
});
