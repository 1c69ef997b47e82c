import { PostList } from "@/components/site/post-list";
import { listLatestPosts } from "@/db/queries/public-lists";
import { SITE_NAME } from "@/lib/site";

// Served from the cache; refreshed at most every five minutes (publishing refreshes it at once).
export const revalidate = 300;

export default function HomePage() {
  const posts = listLatestPosts({ limit: 12 });
  return (
    <>
      <h1 className="page-title">{SITE_NAME}</h1>
      <section aria-labelledby="laatste-berichten">
        <h2 id="laatste-berichten">Laatste berichten</h2>
        <PostList posts={posts} headingLevel={3} />
      </section>
    </>
  );
}
