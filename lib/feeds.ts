import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { Feed, type Item } from "feed";
import { listPublicPosts, type PostSummary } from "@/db/queries/public-lists";
import { largestVariant } from "./media-urls";
import { mediaDir } from "./media/store";
import { postPath } from "./post-meta";
import { getSiteSettings } from "./settings/site-settings";
import { siteUrl } from "./site";

const FEED_SIZE = 30;

/** RSS 2.0 or Atom 1.0 of the latest public posts, for the whole site or one section. */
export async function buildFeed(format: "rss" | "atom", section?: { id: number; slug: string; name: string }): Promise<Response> {
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
  const images = await Promise.all(rows.map((post) => enclosure(post, origin)));
  rows.forEach((post, i) => {
    const link = `${origin}${postPath(post)}`;
    const image = images[i];
    feed.addItem({ title: cdata(post.title), id: link, link, date: post.publishedAt ?? new Date(0), description: cdata(post.lead), category: [{ name: post.sectionName }], ...(image ? { image } : {}) });
  });
  const body = (format === "rss" ? feed.rss2() : feed.atom1()).replaceAll(marker, "]]]]><![CDATA[>");
  return new Response(body, {
    headers: { "Content-Type": `application/${format === "rss" ? "rss" : "atom"}+xml; charset=utf-8` },
  });
}

/** The featured image's largest file as an enclosure (readers' apps show it); left out when the file is missing. */
async function enclosure(post: PostSummary, origin: string): Promise<Item["enclosure"] | null> {
  if (!post.image) return null;
  const { url } = largestVariant(post.image);
  try {
    const { size } = await fs.stat(path.join(mediaDir(), post.image.storageKey, path.basename(url)));
    return { url: `${origin}${url}`, type: "image/webp", length: size };
  } catch {
    return null;
  }
}
