import "server-only";
import { Feed } from "feed";
import { listPublicPosts } from "@/db/queries/public-lists";
import { postPath } from "./post-meta";
import { SITE_NAME, siteUrl } from "./site";

const FEED_SIZE = 30;

/** RSS 2.0 or Atom 1.0 of the latest public posts, for the whole site or one section. */
export function buildFeed(format: "rss" | "atom", section?: { id: number; slug: string; name: string }): Response {
  const origin = siteUrl();
  const base = section ? `${origin}/${section.slug}` : origin;
  const { rows } = listPublicPosts({ sectionId: section?.id, page: 1, pageSize: FEED_SIZE });
  const feed = new Feed({
    id: `${base}/`,
    title: section ? `${section.name} | ${SITE_NAME}` : SITE_NAME,
    description: "Nieuws en analyses over Europees onderwijs-, onderzoeks- en innovatiebeleid.",
    link: `${base}/`,
    language: "nl",
    updated: rows[0]?.publishedAt ?? new Date(0),
    generator: SITE_NAME,
    copyright: `© ${SITE_NAME}`,
    feedLinks: { rss: `${base}/feed.xml`, atom: `${base}/atom.xml` },
  });
  for (const post of rows) {
    const link = `${origin}${postPath(post)}`;
    feed.addItem({ title: post.title, id: link, link, date: post.publishedAt ?? new Date(0), description: post.lead, category: [{ name: post.sectionName }] });
  }
  const body = format === "rss" ? feed.rss2() : feed.atom1();
  return new Response(body, {
    headers: { "Content-Type": `application/${format === "rss" ? "rss" : "atom"}+xml; charset=utf-8` },
  });
}
