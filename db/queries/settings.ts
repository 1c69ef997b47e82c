import "server-only";
import { inArray, sql } from "drizzle-orm";
import { db } from "../client";
import { siteSettings } from "../schema";

/** Every stored setting by key; keys without a row use their first-run default (lib/settings/site-settings.ts). */
export function readSettings(): Record<string, unknown> {
  return Object.fromEntries(db().select({ key: siteSettings.key, value: siteSettings.value }).from(siteSettings).all().map((r) => [r.key, r.value]));
}

/**
 * Stores the given keys in one transaction (insert or replace). A null value (no logo) removes the key: the column
 * cannot hold null, and an absent key reads as its default, which is null for those settings.
 */
export function writeSettings({ values, userId }: { values: Record<string, unknown>; userId: number | null }) {
  const entries = Object.entries(values);
  const cleared = entries.filter(([, value]) => value === null).map(([key]) => key);
  const rows = entries.filter(([, value]) => value !== null).map(([key, value]) => ({ key, value, updatedById: userId, updatedAt: new Date() }));
  if (rows.length === 0 && cleared.length === 0) return;
  db().transaction((tx) => {
    if (cleared.length > 0) tx.delete(siteSettings).where(inArray(siteSettings.key, cleared)).run();
    if (rows.length === 0) return;
    tx.insert(siteSettings)
      .values(rows)
      .onConflictDoUpdate({
        target: siteSettings.key,
        set: { value: sql`excluded.value`, updatedById: sql`excluded.updated_by_id`, updatedAt: sql`excluded.updated_at` },
      })
      .run();
  });
}
