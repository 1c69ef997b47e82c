import "server-only";
import { sql } from "drizzle-orm";
import { db } from "../client";
import { siteSettings } from "../schema";

/** Every stored setting by key; keys without a row use their first-run default (lib/settings/site-settings.ts). */
export function readSettings(): Record<string, unknown> {
  return Object.fromEntries(db().select({ key: siteSettings.key, value: siteSettings.value }).from(siteSettings).all().map((r) => [r.key, r.value]));
}

/** Stores the given keys in one transaction (insert or replace). */
export function writeSettings({ values, userId }: { values: Record<string, unknown>; userId: number | null }) {
  const rows = Object.entries(values).map(([key, value]) => ({ key, value, updatedById: userId, updatedAt: new Date() }));
  if (rows.length === 0) return;
  db().transaction((tx) => {
    tx.insert(siteSettings)
      .values(rows)
      .onConflictDoUpdate({
        target: siteSettings.key,
        set: { value: sql`excluded.value`, updatedById: sql`excluded.updated_by_id`, updatedAt: sql`excluded.updated_at` },
      })
      .run();
  });
}
