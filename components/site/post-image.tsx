// A post's featured image: large under the article's lead, small as a card's thumbnail. The one place that writes
// this markup, for the article, lists, search, the agenda and the home page.
import "@/app/styles/post-image.css";
import { imageSources, type ImageInfo } from "@/lib/media-urls";

// The article's text column is at most 42rem wide (--measure); below 60rem the image spans the screen.
const ARTICLE_SIZES = "(min-width: 60rem) 42rem, 100vw";
// Cards are at most ~24rem wide in a grid, full width on phones.
const CARD_SIZES = "(min-width: 40rem) 24rem, 100vw";

/** Under the lead, with its alt text and caption; loaded eagerly (it is near the top of the page). */
export function FeaturedImage({ image }: { image: ImageInfo & { caption: string } }) {
  const { src, srcSet } = imageSources(image);
  return (
    <figure className="featured-image">
      {/* eslint-disable-next-line @next/next/no-img-element -- our own generated WebP sizes, listed in srcset */}
      <img src={src} srcSet={srcSet} sizes={ARTICLE_SIZES} alt={image.alt} width={image.width} height={image.height} decoding="async" />
      {image.caption && <figcaption>{image.caption}</figcaption>}
    </figure>
  );
}

/**
 * A 16:9 thumbnail for a card, lazy unless it leads the page; width and height reserve its space, so nothing shifts.
 * The card's title link names the post, so the image is not announced a second time (empty alt). Without an image
 * the card has no image slot.
 */
export function CardThumbnail({ image, sizes = CARD_SIZES, eager = false }: { image: ImageInfo | null; sizes?: string; eager?: boolean }) {
  if (!image) return null;
  const { src, srcSet } = imageSources(image);
  return (
    <div className="card-thumbnail">
      {/* eslint-disable-next-line @next/next/no-img-element -- our own generated WebP sizes, listed in srcset */}
      <img src={src} srcSet={srcSet} sizes={sizes} alt="" width={640} height={360} loading={eager ? "eager" : "lazy"} fetchPriority={eager ? "high" : undefined} decoding="async" />
    </div>
  );
}
