import { IMAGE_WIDTHS, mediaUrl } from "@/lib/media-urls";

/**
 * A list card's 16:9 thumbnail from a post's featured image. Decorative on the card (alt=""): the title beside it
 * is the link and says what the post is about. Without an image the card simply has no image slot.
 */
export function CardImage({ storageKey, sizes, eager = false }: { storageKey: string | null; sizes: string; eager?: boolean }) {
  if (!storageKey) return null;
  return (
    <div className="card-image">
      {/* eslint-disable-next-line @next/next/no-img-element -- already sized WebP files from our media route */}
      <img
        src={mediaUrl(storageKey, 640)}
        srcSet={IMAGE_WIDTHS.map((w) => `${mediaUrl(storageKey, w)} ${w}w`).join(", ")}
        sizes={sizes}
        alt=""
        width={1600}
        height={900}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
        fetchPriority={eager ? "high" : undefined}
      />
    </div>
  );
}
