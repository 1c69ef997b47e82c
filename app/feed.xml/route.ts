import { buildFeed } from "@/lib/feeds";

// Public and cached; refreshed with the other public pages when a post changes.
export const revalidate = 300;

export function GET() {
  return buildFeed("rss");
}
