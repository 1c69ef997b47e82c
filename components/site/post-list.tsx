import Link from "next/link";
import type { PostSummary } from "@/db/queries/public-lists";
import { postPath } from "@/lib/post-meta";
import { CardThumbnail } from "./post-image";
import { PostMeta } from "./post-meta";

type Variant = "lead" | "secondary" | "default";

const IMAGE_SIZES: Record<Variant, string> = {
  lead: "(min-width: 60rem) 44rem, 100vw",
  secondary: "(min-width: 60rem) 24rem, 100vw",
  default: "(min-width: 60rem) 22rem, (min-width: 40rem) 50vw, 100vw",
};

/** One post in a list: image slot (when the post has a featured image), kind and date, title, two lines of lead. */
export function PostCard({ post, headingLevel = 2, variant = "default", as: Tag = "li" }: { post: PostSummary; headingLevel?: 2 | 3; variant?: Variant; as?: "li" | "article" }) {
  const Heading = `h${headingLevel}` as const;
  const classes = ["post-card", `post-card--${variant}`, post.image ? "post-card--with-image" : ""].filter(Boolean).join(" ");
  return (
    <Tag className={classes} lang={post.language === "en" ? "en" : undefined}>
      <CardThumbnail image={post.image} sizes={IMAGE_SIZES[variant]} eager={variant === "lead"} />
      <div className="post-card__body">
        <PostMeta kind={post.kind} date={post.publishedAt} sectionName={post.sectionName} />
        <Heading className="post-card__title">
          <Link href={postPath(post)}>{post.title}</Link>
        </Heading>
        <p className="post-card__lead">{post.lead}</p>
      </div>
    </Tag>
  );
}

export function PostList({ posts, headingLevel = 2 }: { posts: PostSummary[]; headingLevel?: 2 | 3 }) {
  if (posts.length === 0) return <p className="muted">Er zijn nog geen berichten.</p>;
  return (
    <ul className="post-list">
      {posts.map((post) => (
        <PostCard key={post.id} post={post} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}
