import { sectionFeed } from "@/lib/section-feed";

export const revalidate = 300;

export function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  return sectionFeed("atom", params);
}
