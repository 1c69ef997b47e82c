import "server-only";
import { revalidatePath } from "next/cache";

/**
 * After a change readers can see, every public page renders afresh on its next request and is cached again after.
 * The whole layout, because lists, the article rail, feeds and the sitemap can all show the post; changes are rare
 * and a render costs milliseconds. Must run inside a request (a server action or route handler).
 */
export function refreshPublicPages(): void {
  revalidatePath("/", "layout");
}
