import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { getPublishedPost } from "@/db/queries/public-posts";
import { formatDate } from "@/lib/dates";
import { KIND_LABELS } from "@/lib/post-meta";
import { getSiteSettings } from "@/lib/settings/site-settings";

export const alt = "Titel en datum van het bericht";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const revalidate = 3600;

/** A share image per post, drawn on the server from the title (the font ships with Next.js; nothing is fetched). */
export default async function OpenGraphImage({ params }: { params: Promise<{ section: string; slug: string }> }) {
  const { section, slug } = await params;
  const post = getPublishedPost({ slug });
  // Only for a public post at its own address; a made-up address gets no image.
  if (!post || post.section.slug !== section) notFound();
  const title = post.title;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#0b3a5d", color: "#fff" }}>
        <div style={{ fontSize: 30, letterSpacing: 2, textTransform: "uppercase", color: "#ffd8a8" }}>
          {`${KIND_LABELS[post.kind]} · ${post.section.name}`}
        </div>
        <div style={{ fontSize: title.length > 80 ? 52 : 64, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        <div style={{ fontSize: 28, display: "flex", justifyContent: "space-between" }}>
          <span>{getSiteSettings().siteName}</span>
          <span>{post.publishedAt ? formatDate(post.publishedAt) : ""}</span>
        </div>
      </div>
    ),
    size,
  );
}
