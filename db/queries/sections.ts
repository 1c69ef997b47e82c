import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "../client";
import { sections } from "../schema";

export function listSections() {
  return db().select({ id: sections.id, slug: sections.slug, name: sections.name }).from(sections).orderBy(asc(sections.position), asc(sections.name)).all();
}

export function getSection({ slug }: { slug: string }) {
  return db().select().from(sections).where(eq(sections.slug, slug)).get() ?? null;
}

export function getSectionSlugById({ id }: { id: number | null }): string | null {
  if (!id) return null;
  return db().select({ slug: sections.slug }).from(sections).where(eq(sections.id, id)).get()?.slug ?? null;
}
