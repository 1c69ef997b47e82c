import Link from "next/link";
import type { PostSummary } from "@/db/queries/public-lists";
import { postPath } from "@/lib/post-meta";
import { CardThumbnail } from "./post-image";
import { PostMeta } from "./post-meta";

export function PostList({ posts, headingLevel = 2 }: { posts: PostSummary[]; headingLevel?: 2 | 3 }) {
  if (posts.length === 0) return <p className="muted">Er zijn nog geen berichten.</p>;
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="post-list">
      {posts.map((post) => (
        <li key={post.id} className="post-card" lang={post.language === "en" ? "en" : undefined}>
          <CardThumbnail image={post.image} />
          <PostMeta kind={post.kind} date={post.publishedAt} sectionName={post.sectionName} />
          <Heading className="post-card__title">
            <Link href={postPath(post)}>{post.title}</Link>
          </Heading>
          <p className="post-card__lead">{post.lead}</p>
        </li>
      ))}
    </ul>
  );
}
