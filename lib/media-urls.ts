// Addresses of the generated image sizes (served by app/media/[key]/[file]/route.ts).
export const IMAGE_WIDTHS = [320, 640, 960, 1280] as const;

export function mediaUrl(storageKey: string, width: (typeof IMAGE_WIDTHS)[number] = 1280): string {
  return `/media/${storageKey}/${width}.webp`;
}

/** What a page needs to show an uploaded image: its key, its original size and its description. */
export type ImageInfo = { storageKey: string; width: number; height: number; alt: string };

/**
 * `src` and `srcset` of an image from its generated sizes. A size is never enlarged, so widths beyond the original
 * hold the same pixels: each is described by its real width, and those repeats are left out.
 */
export function imageSources(image: { storageKey: string; width: number }): { src: string; srcSet: string } {
  const seen = new Set<number>();
  const entries: string[] = [];
  for (const size of IMAGE_WIDTHS) {
    const real = Math.min(size, image.width);
    if (seen.has(real)) continue;
    seen.add(real);
    entries.push(`${mediaUrl(image.storageKey, size)} ${real}w`);
  }
  return { src: mediaUrl(image.storageKey, largestSize(image.width)), srcSet: entries.join(", ") };
}

/** The largest generated file and its real size: for share images, JSON-LD and feed enclosures. */
export function largestVariant(image: { storageKey: string; width: number; height: number }): { url: string; width: number; height: number } {
  const width = Math.min(IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!, image.width);
  return { url: mediaUrl(image.storageKey, largestSize(image.width)), width, height: Math.round((image.height * width) / image.width) };
}

// The smallest generated width that already holds every pixel of the original (or the largest width).
function largestSize(originalWidth: number): (typeof IMAGE_WIDTHS)[number] {
  return IMAGE_WIDTHS.find((size) => size >= originalWidth) ?? IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!;
}
