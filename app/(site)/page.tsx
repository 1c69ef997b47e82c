import Link from "next/link";
import { AgendaItem } from "@/components/site/agenda-item";
import { PostCard, PostList } from "@/components/site/post-list";
import { listAgenda, listHighlighted, listLatestPosts } from "@/db/queries/public-lists";
import { getSiteSettings } from "@/lib/settings/site-settings";

// Served from the cache; refreshed at most every five minutes, and at once when something is published.
export const revalidate = 300;

const LATEST = 9;

export default function HomePage() {
  const settings = getSiteSettings();
  // The lead story is the newest highlighted post (else the newest post); two more highlighted posts sit beside it.
  const highlighted = listHighlighted({ limit: 3 });
  const recent = listLatestPosts({ limit: LATEST + 3 });
  const top = highlighted.length > 0 ? highlighted : recent.slice(0, 1);
  const [lead, ...secondary] = top;
  // No post twice on one page: the latest list leaves out what is already shown above.
  const shown = new Set(top.map((p) => p.id));
  const latest = recent.filter((p) => !shown.has(p.id)).slice(0, LATEST);
  const upcoming = listAgenda({ when: "upcoming", limit: 4 });
  return (
    <div className="home-grid">
      <h1 className="home-title visually-hidden">{settings.siteName}</h1>
      {lead && (
        <section aria-labelledby="uitgelicht" className="home-top">
          <h2 id="uitgelicht" className="visually-hidden">
            Uitgelicht
          </h2>
          <PostCard post={lead} variant="lead" headingLevel={3} as="article" />
          {secondary.length > 0 && (
            <ul className="home-secondary">
              {secondary.map((post) => (
                <PostCard key={post.id} post={post} variant="secondary" headingLevel={3} />
              ))}
            </ul>
          )}
        </section>
      )}
      <div className="home-columns">
        <section aria-labelledby="laatste-berichten">
          <div className="section-heading">
            <h2 id="laatste-berichten">Laatste berichten</h2>
            <Link className="more-link" href="/nieuws">
              Alle berichten
            </Link>
          </div>
          <PostList posts={latest} headingLevel={3} />
        </section>
        <section aria-labelledby="agenda-titel">
          <div className="section-heading">
            <h2 id="agenda-titel">Agenda</h2>
            <Link className="more-link" href="/agenda">
              Volledige agenda
            </Link>
          </div>
          {upcoming.length > 0 ? (
            <ul className="agenda-list">
              {upcoming.map((event) => (
                <AgendaItem key={event.id} item={event} />
              ))}
            </ul>
          ) : (
            <p className="muted">Er staan nog geen evenementen gepland.</p>
          )}
        </section>
      </div>
    </div>
  );
}
