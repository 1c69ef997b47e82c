import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "../client";
import { importRecords, media, people, sections } from "../schema";

export type ImportEntity = "post" | "media" | "person";

/** What an earlier run of the same source brought in under this id, if anything. */
export function getImportRecord({ source, entity, externalId }: { source: string; entity: ImportEntity; externalId: string }) {
  return (
    db()
      .select({ entityId: importRecords.entityId, importedAt: importRecords.importedAt })
      .from(importRecords)
      .where(and(eq(importRecords.source, source), eq(importRecords.entity, entity), eq(importRecords.externalId, externalId)))
      .get() ?? null
  );
}

export function saveImportRecord({ source, entity, externalId, entityId, importedAt }: { source: string; entity: ImportEntity; externalId: string; entityId: number; importedAt: Date }): void {
  db()
    .insert(importRecords)
    .values({ source, entity, externalId, entityId, importedAt })
    .onConflictDoUpdate({ target: [importRecords.source, importRecords.entity, importRecords.externalId], set: { entityId, importedAt } })
    .run();
}

/** A staff-directory entry for an imported author: the same e-mail address first, then the same name. */
export function findPersonForImport({ email, name }: { email: string | null; name: string }): { id: number; name: string } | null {
  const byEmail = email ? db().select({ id: people.id, name: people.name }).from(people).where(sql`lower(${people.email}) = ${email.toLowerCase()}`).get() : undefined;
  if (byEmail) return byEmail;
  return db().select({ id: people.id, name: people.name }).from(people).where(sql`lower(${people.name}) = ${name.toLowerCase()}`).get() ?? null;
}

/** A section by its slug or (case-insensitively) its name. */
export function findSectionForImport({ key }: { key: string }): { id: number; slug: string } | null {
  const bySlug = db().select({ id: sections.id, slug: sections.slug }).from(sections).where(eq(sections.slug, key)).get();
  if (bySlug) return bySlug;
  return db().select({ id: sections.id, slug: sections.slug }).from(sections).where(sql`lower(${sections.name}) = ${key.toLowerCase()}`).get() ?? null;
}

export function mediaStorageKey({ id }: { id: number }): string | null {
  return db().select({ storageKey: media.storageKey }).from(media).where(eq(media.id, id)).get()?.storageKey ?? null;
}
