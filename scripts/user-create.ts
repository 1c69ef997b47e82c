// `npm run user:create -- --email E --name N --role admin [--person staff-slug]`
// Creates an account, optionally linked to a staff-directory entry (whose questions it then receives).
// The password is read from NEWSROOM_USER_PASSWORD, or asked for without echo.
import "./load-env.mjs";
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { z } from "zod";
import { ROLES } from "../db/schema";
import { getPersonBySlug, linkPersonToUser } from "../db/queries/people";
import { createUser, emailTaken } from "../db/queries/users";
import { recordAudit } from "../db/queries/audit";
import { hashPassword, isCommonPassword } from "../lib/auth/password";
import { passwordField } from "../lib/auth/password-policy";

const args = z.object({
  email: z.string().trim().toLowerCase().email("--email must be an e-mail address"),
  name: z.string().trim().min(1, "--name is required"),
  role: z.enum(ROLES, { message: `--role must be one of ${ROLES.join(", ")}` }),
  person: z.string().trim().optional(),
});

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("Set NEWSROOM_USER_PASSWORD, or run in a terminal to be asked for the password.");
  let muted = false;
  const output = new Writable({ write: (chunk, _enc, done) => (muted || process.stdout.write(chunk), done()) });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const ask = (q: string) => new Promise<string>((resolve) => { process.stdout.write(q); muted = true; rl.question("", (a) => { muted = false; process.stdout.write("\n"); resolve(a); }); });
  const first = await ask("Password: ");
  const second = await ask("Repeat password: ");
  rl.close();
  if (first !== second) throw new Error("The passwords differ.");
  return first;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "author" }, person: { type: "string" } } });
  const parsed = args.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("\n"));
  const { email, name, role, person } = parsed.data;
  if (emailTaken({ email })) throw new Error(`A user with e-mail ${email} already exists.`);
  const staff = person ? getPersonBySlug({ slug: person }) : null;
  if (person && !staff) throw new Error(`No active staff member with slug ${person}.`);
  const password = process.env.NEWSROOM_USER_PASSWORD ?? (await askPassword());
  const policy = passwordField.safeParse(password);
  if (!policy.success) throw new Error("The password must be 12 to 256 characters long.");
  if (isCommonPassword(password)) throw new Error("That password is on the list of common passwords; choose another.");
  const user = createUser({ email, name, role, passwordHash: await hashPassword(password) });
  if (staff) linkPersonToUser({ personId: staff.id, userId: user.id });
  recordAudit({ action: "user.created", targetType: "user", targetId: user.id, detail: { role, via: "cli", person: staff?.id } });
  console.log(`Created ${role} ${name} <${email}> (id ${user.id})${staff ? `, linked to ${staff.name}` : ""}.`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
