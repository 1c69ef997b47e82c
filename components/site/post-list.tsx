import Link from "next/link";
import type { PostSummary } from "@/db/queries/public-lists";
import { KIND_LABELS, postPath } from "@/lib/post-meta";
import { DateTime } from "@/components/ui/date-time";

export function PostList({ posts, headingLevel = 2 }: { posts: PostSummary[]; headingLevel?: 2 | 3 }) {
  if (posts.length === 0) return <p className="muted">Er zijn nog geen berichten.</p>;
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="post-list">
      {posts.map((post) => (
        <li key={post.id} className="post-card" lang={post.language === "en" ? "en" : undefined}>
          <p className="post-card__meta">
            <span className="kind-label">{KIND_LABELS[post.kind]}</span>
            {post.publishedAt && <DateTime value={post.publishedAt} />}
            <span>{post.sectionName}</span>
          </p>
          <Heading className="post-card__title">
            <Link href={postPath(post)}>{post.title}</Link>
          </Heading>
          <p className="post-card__lead">{post.lead}</p>
        </li>
      ))}
    </ul>
  );
}
