import { buildFeed } from "@/lib/feeds";

export const revalidate = 300;

export function GET() {
  return buildFeed("atom");
}
