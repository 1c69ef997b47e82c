// Password rules (NIST SP 800-63B style): length, no composition rules, not a known common password.
import { z } from "@/lib/zod";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

/** Shared by forms and actions: the length rule, with Dutch messages. */
export const passwordField = z
  .string()
  .min(PASSWORD_MIN, `Kies een wachtwoord van minstens ${PASSWORD_MIN} tekens.`)
  .max(PASSWORD_MAX, `Een wachtwoord mag hoogstens ${PASSWORD_MAX} tekens lang zijn.`);
