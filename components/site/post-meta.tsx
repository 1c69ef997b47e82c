import { DateTime } from "@/components/ui/date-time";
import type { PostKind } from "@/db/schema";
import { KIND_LABELS } from "@/lib/post-meta";

/** Kind, date and section above a post's title in lists. */
export function PostMeta({ kind, date, withTime, sectionName }: { kind: PostKind; date: Date | null; withTime?: boolean; sectionName?: string }) {
  return (
    <p className="post-card__meta">
      <span className="kind-label">{KIND_LABELS[kind]}</span>
      {date && <DateTime value={date} withTime={withTime} />}
      {sectionName && <span>{sectionName}</span>}
    </p>
  );
}
