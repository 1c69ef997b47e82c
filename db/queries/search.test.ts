import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// A fresh, migrated database file for this file's tests (db() opens DATABASE_PATH on first use).
process.env.DATABASE_PATH = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "search-test-")), "test.db");
const { SEARCH_COUNT_CAP, searchPosts } = await import("./search");
const { db } = await import("../client");
const { posts, sections } = await import("../schema");

const COMMON = SEARCH_COUNT_CAP + 20;

beforeAll(() => {
  const section = db().insert(sections).values({ slug: "onderzoek", name: "Onderzoek" }).returning().get();
  const insert = db().$client.prepare("insert into posts_fts (rowid, title, lead, body, people) values (?, ?, ?, ?, '')");
  db().transaction(() => {
    for (let n = 1; n <= COMMON; n++) {
      const id = db()
        .insert(posts)
        .values({ slug: `bericht-${n}`, sectionId: section.id, status: "published", title: `Bericht ${n}`, lead: "Over beleid.", publishedAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000) })
        .returning({ id: posts.id })
        .get().id;
      insert.run(id, `Bericht ${n}`, "Over beleid.", n % 2 ? "zeldzaam" : "");
    }
  });
});

describe("searching", () => {
  it("counts matches exactly up to the cap", () => {
    const { total, hits } = searchPosts({ match: "zeldzaam", titleMatch: "title:zeldzaam", limit: 20, offset: 0 });
    expect(total).toBe(Math.ceil(COMMON / 2));
    expect(hits).toHaveLength(20);
  });

  it("stops counting past the cap, so a common word costs the same in any archive, and still pages the newest first", () => {
    const { total, hits } = searchPosts({ match: "beleid", titleMatch: "title:beleid", limit: 20, offset: 0 });
    expect(total).toBe(SEARCH_COUNT_CAP + 1);
    expect(hits.map((h) => h.slug).slice(0, 2)).toEqual([`bericht-${COMMON}`, `bericht-${COMMON - 1}`]);
  });
});
