import "server-only";
import { getPromotedItems, type PromotedItems } from "@/db/queries/public-lists";
import { listVisibleRailItems, type CuratedRailItem } from "@/db/queries/rail-items";
import { postPath } from "./post-meta";
import { webinarLabel } from "./rail-labels";

/** One item of the rail below an article, curated or automatic. */
export type RailEntry = CuratedRailItem & { slot?: keyof PromotedItems };

/** The automatic rail: a highlighted post, the latest webinar, the latest analysis and the next event. */
export function automaticRail(items: PromotedItems, now: Date): RailEntry[] {
  const slots: { slot: keyof PromotedItems; label: (post: NonNullable<PromotedItems[keyof PromotedItems]>) => string }[] = [
    { slot: "highlighted", label: () => "Uitgelicht" },
    { slot: "webinar", label: (post) => webinarLabel(post, now) },
    { slot: "analysis", label: () => "Analyse" },
    { slot: "event", label: () => "Registreer nu" },
  ];
  return slots.flatMap(({ slot, label }) => {
    const post = items[slot];
    if (!post) return [];
    return [{ key: slot, slot, label: label(post), title: post.title, href: postPath(post), external: false, date: null, language: post.language }];
  });
}

/** What an article's rail shows: the editors' choice when they made one that readers can see, else the automatic one. */
export function getArticleRail({ postId, now = new Date() }: { postId: number; now?: Date }): RailEntry[] {
  const curated = listVisibleRailItems({ postId, now });
  if (curated.length > 0) return curated;
  return automaticRail(getPromotedItems({ excludeId: postId, now }), now);
}
