import Link from "next/link";
import type { PostSummary } from "@/db/queries/public-lists";
import { formatDateTime, isoDateTime, TIME_ZONE } from "@/lib/dates";
import { KIND_LABELS, postPath } from "@/lib/post-meta";

const day = new Intl.DateTimeFormat("nl-NL", { day: "numeric", timeZone: TIME_ZONE });
const month = new Intl.DateTimeFormat("nl-NL", { month: "short", timeZone: TIME_ZONE });

/** An event or webinar with a date badge (day over month); the full date and time stays in the text for everyone. */
export function AgendaItem({ item, headingLevel = 3, withLead = false }: { item: PostSummary; headingLevel?: 2 | 3; withLead?: boolean }) {
  const Heading = `h${headingLevel}` as const;
  const when = item.eventStartsAt;
  return (
    <li className="agenda-item" lang={item.language === "en" ? "en" : undefined}>
      {when && (
        <span className="date-badge" aria-hidden="true">
          <span className="date-badge__day">{day.format(when)}</span>
          <span className="date-badge__month">{month.format(when).replace(".", "")}</span>
        </span>
      )}
      <div className="agenda-item__body">
        <p className="post-card__meta">
          <span className="kind-label" lang="nl">{KIND_LABELS[item.kind]}</span>
          {when && <time dateTime={isoDateTime(when)}>{formatDateTime(when)}</time>}
        </p>
        <Heading className="agenda-item__title">
          <Link href={postPath(item)}>{item.title}</Link>
        </Heading>
        {withLead && <p className="post-card__lead">{item.lead}</p>}
      </div>
    </li>
  );
}
