// Demo logins, only for `npm run demo`: each run sets fresh random passwords and prints them.
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { hashPassword } from "../../lib/auth/password";
import type { DB } from "../connection";
import { people, posts, users, type Role } from "../schema";

const DEMO_ACCOUNTS: { email: string; name: string; role: Role; person: string }[] = [
  { email: "beheer@demo.example", name: "Pieter Bakker", role: "admin", person: "pieter-bakker" },
  { email: "redactie@demo.example", name: "Eva Jansen", role: "editor", person: "eva-jansen" },
  { email: "auteur@demo.example", name: "Sanne de Wit", role: "author", person: "sanne-de-wit" },
];

export async function seedDemoAccounts(db: DB): Promise<{ email: string; role: Role; password: string }[]> {
  const printed = [];
  for (const account of DEMO_ACCOUNTS) {
    const password = randomBytes(12).toString("base64url");
    const passwordHash = await hashPassword(password);
    const user = db
      .insert(users)
      .values({ email: account.email, name: account.name, role: account.role, passwordHash })
      .onConflictDoUpdate({ target: users.email, set: { passwordHash, disabled: false } })
      .returning({ id: users.id })
      .get();
    const person = db.update(people).set({ userId: user.id }).where(eq(people.slug, account.person)).returning({ id: people.id }).get();
    // The demo author owns the posts they are the contact person of, so "my posts" is not empty.
    if (person) db.update(posts).set({ authorId: user.id }).where(and(eq(posts.contactPersonId, person.id), isNull(posts.authorId))).run();
    printed.push({ email: account.email, role: account.role, password });
  }
  return printed;
}
