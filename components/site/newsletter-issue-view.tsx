import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import type { IssueItem } from "@/db/queries/newsletter-issues";
import { KIND_LABELS, postPath } from "@/lib/post-meta";

/** A sent issue as a web page: the intro and the items, each linking to its post. */
export function NewsletterIssueView({ intro, items }: { intro: string; items: IssueItem[] }) {
  return (
    <>
      {intro
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i} className={i === 0 ? "lead" : undefined}>
            {p}
          </p>
        ))}
      {items.map((item) => (
        <article key={item.id} className="newsletter-issue__item">
          <p className="post-meta">
            {KIND_LABELS[item.kind]} · {item.sectionName} ·{" "}
            {item.eventStartsAt && (item.kind === "event" || item.kind === "webinar") ? (
              <DateTime value={item.eventStartsAt} withTime />
            ) : (
              item.publishedAt && <DateTime value={item.publishedAt} />
            )}
          </p>
          <h2>
            <Link href={postPath(item)}>{item.title}</Link>
          </h2>
          {item.lead && <p>{item.lead}</p>}
        </article>
      ))}
    </>
  );
}
