import Link from "next/link";
import { PostList } from "@/components/site/post-list";
import { DateTime } from "@/components/ui/date-time";
import { listAgenda, listHighlighted, listLatestPosts } from "@/db/queries/public-lists";
import { postPath } from "@/lib/post-meta";
import { SITE_NAME } from "@/lib/site";

// Served from the cache; refreshed at most every five minutes, and at once when something is published.
export const revalidate = 300;

export default function HomePage() {
  const highlighted = listHighlighted({ limit: 3 });
  const latest = listLatestPosts({ limit: 12 });
  const upcoming = listAgenda({ when: "upcoming", limit: 3 });
  return (
    <div className="home-grid">
      <h1 className="page-title">{SITE_NAME}</h1>
      {highlighted.length > 0 && (
        <section aria-labelledby="uitgelicht">
          <h2 id="uitgelicht">Uitgelicht</h2>
          <PostList posts={highlighted} headingLevel={3} />
        </section>
      )}
      <section aria-labelledby="laatste-berichten">
        <h2 id="laatste-berichten">Laatste berichten</h2>
        <PostList posts={latest} headingLevel={3} />
        <p>
          <Link href="/nieuws">Alle berichten</Link>
        </p>
      </section>
      {upcoming.length > 0 && (
        <section aria-labelledby="agenda-titel">
          <h2 id="agenda-titel">Agenda</h2>
          <ul className="agenda-list">
            {upcoming.map((event) => (
              <li key={event.id}>
                {event.eventStartsAt && <DateTime value={event.eventStartsAt} withTime className="muted" />}{" "}
                <Link href={postPath(event)}>{event.title}</Link>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/agenda">Volledige agenda</Link>
          </p>
        </section>
      )}
    </div>
  );
}
