import "server-only";
import { asc } from "drizzle-orm";
import { db } from "../client";
import { people } from "../schema";

export function listPeople() {
  return db()
    .select({ id: people.id, slug: people.slug, name: people.name, jobTitle: people.jobTitle, email: people.email, active: people.active })
    .from(people)
    .orderBy(asc(people.name))
    .all();
}
