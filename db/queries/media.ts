import "server-only";
import { desc } from "drizzle-orm";
import { db } from "../client";
import { media } from "../schema";

export function listMedia({ limit = 100 }: { limit?: number } = {}) {
  return db()
    .select({ id: media.id, alt: media.alt, originalName: media.originalName, width: media.width, height: media.height, createdAt: media.createdAt })
    .from(media)
    .orderBy(desc(media.createdAt))
    .limit(limit)
    .all();
}
