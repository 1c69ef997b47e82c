import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { PasswordWorkBusy, withPasswordSlot } from "./hash-queue";

// Argon2id (the library's default algorithm) with OWASP's recommended minimum cost: 19 MiB, 2 passes.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return withPasswordSlot(() => hash(password, OPTIONS));
}

// Checked when an e-mail address is unknown, so both failures take the same time.
let dummyHash: Promise<string> | undefined;

/** Verifies a password; with no stored hash it still does the work of one, and returns false. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hash("no-such-account-" + Math.random(), OPTIONS);
  const target = storedHash ?? (await dummyHash);
  try {
    const ok = await withPasswordSlot(() => verify(target, password));
    return ok && Boolean(storedHash);
  } catch (error) {
    if (error instanceof PasswordWorkBusy) throw error;
    return false;
  }
}

const DUTCH_COMMON = ["wachtwoord", "welkom", "geheim", "zomer", "winter", "voorjaar", "najaar", "nederland", "amsterdam", "brussel"];
let common: Set<string> | undefined;

/**
 * True when the password is on the list of common passwords, a common word with digits or symbols around it,
 * or only digits and symbols (dates, phone numbers).
 */
export function isCommonPassword(password: string): boolean {
  common ??= new Set([...dictionary["passwords-common"], ...DUTCH_COMMON]);
  const lower = password.toLowerCase();
  if (common.has(lower)) return true;
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, "");
  return core.length === 0 || common.has(core);
}
