// Addresses of the generated image sizes (served by app/media/[key]/[file]/route.ts).
export const IMAGE_WIDTHS = [320, 640, 960, 1280] as const;

export function mediaUrl(storageKey: string, width: (typeof IMAGE_WIDTHS)[number] = 1280): string {
  return `/media/${storageKey}/${width}.webp`;
}
