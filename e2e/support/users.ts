import crypto from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { queryDatabase } from "./database";

export type NewUser = { id: number; name: string; email: string; password: string; role: string };

/** Creates an account through the admin's users page, with a temporary password, so a test owns its own user. */
export async function createUser(admin: Page, label: string, role: "admin" | "editor" | "author" = "author"): Promise<NewUser> {
  const suffix = crypto.randomBytes(3).toString("hex");
  const user = { name: `${label} ${suffix}`, email: `${label.toLowerCase().replace(/\W+/g, "-")}-${suffix}@test.example`, password: `tijdelijk wachtwoord ${suffix} voor tests`, role };
  await admin.goto("/redactie/gebruikers");
  const form = admin.getByRole("region", { name: "Nieuwe gebruiker" });
  await form.getByLabel("Naam").fill(user.name);
  await form.getByLabel("E-mailadres").fill(user.email);
  await form.getByLabel("Rol").selectOption(role);
  await form.getByLabel("Tijdelijk wachtwoord dat ik zelf doorgeef").check();
  await form.getByLabel("Tijdelijk wachtwoord", { exact: true }).fill(user.password);
  await form.getByRole("button", { name: "Gebruiker aanmaken" }).click();
  await expect(form.getByRole("status")).toContainText(`Gebruiker ${user.name} is aangemaakt.`);
  const { id } = queryDatabase<{ id: number }>("select id from users where email = ?", user.email)[0]!;
  return { id, ...user };
}
