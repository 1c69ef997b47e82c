import "server-only";
import { randomUUID } from "node:crypto";
import { Feed } from "feed";
import { listPublicPosts } from "@/db/queries/public-lists";
import { postPath } from "./post-meta";
import { getSiteSettings } from "./settings/site-settings";
import { siteUrl } from "./site";

const FEED_SIZE = 30;

/** RSS 2.0 or Atom 1.0 of the latest public posts, for the whole site or one section. */
export function buildFeed(format: "rss" | "atom", section?: { id: number; slug: string; name: string }): Response {
  const origin = siteUrl();
  const base = section ? `${origin}/${section.slug}` : origin;
  const { rows } = listPublicPosts({ sectionId: section?.id, page: 1, pageSize: FEED_SIZE });
  const siteName = getSiteSettings().siteName;
  const feed = new Feed({
    id: `${base}/`,
    title: section ? `${section.name} | ${siteName}` : siteName,
    description: "Nieuws en analyses over Europees onderwijs-, onderzoeks- en innovatiebeleid.",
    link: `${base}/`,
    language: "nl",
    updated: rows[0]?.publishedAt ?? new Date(0),
    generator: siteName,
    copyright: `© ${siteName}`,
    feedLinks: { rss: `${base}/feed.xml`, atom: `${base}/atom.xml` },
  });
  // Titles and intros are written as CDATA, and the feed library's XML writer splits only the first "]]>" in each.
  // Every one is swapped for a marker the text cannot contain, and split after writing.
  const marker = `cdata-end-${randomUUID()}`;
  const cdata = (text: string) => text.replaceAll("]]>", marker);
  for (const post of rows) {
    const link = `${origin}${postPath(post)}`;
    feed.addItem({ title: cdata(post.title), id: link, link, date: post.publishedAt ?? new Date(0), description: cdata(post.lead), category: [{ name: post.sectionName }] });
  }
  const body = (format === "rss" ? feed.rss2() : feed.atom1()).replaceAll(marker, "]]]]><![CDATA[>");
  return new Response(body, {
    headers: { "Content-Type": `application/${format === "rss" ? "rss" : "atom"}+xml; charset=utf-8` },
  });
}
