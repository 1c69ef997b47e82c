import "server-only";
import { eq, inArray } from "drizzle-orm";
import { db } from "../client";
import { media, people, sections } from "../schema";

/** Which of the given ids do not exist (any more), so a save can say so instead of failing on a foreign key. */
export function findMissingReferences({ sectionId, personIds, mediaId }: { sectionId: number | null; personIds: number[]; mediaId: number | null }) {
  const section = sectionId ? !db().select({ id: sections.id }).from(sections).where(eq(sections.id, sectionId)).get() : false;
  const found = personIds.length ? db().select({ id: people.id }).from(people).where(inArray(people.id, personIds)).all().map((r) => r.id) : [];
  const image = mediaId ? !db().select({ id: media.id }).from(media).where(eq(media.id, mediaId)).get() : false;
  return { section, people: personIds.filter((id) => !found.includes(id)), media: image };
}
