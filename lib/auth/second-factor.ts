import "server-only";
import { after } from "next/server";
import { recordAudit } from "@/db/queries/audit";
import { enqueueMail } from "@/db/queries/outbox";
import {
  acceptTotpStep,
  clearTotp,
  enableTotp,
  getSecondFactor,
  hasSecondFactor,
  replaceRecoveryCodes,
  resetSecondFactor,
  storePendingTotpSecret,
  useRecoveryCode,
} from "@/db/queries/second-factor";
import { inWriteTransaction } from "@/db/queries/transaction";
import { findUserForLogin, getUser } from "@/db/queries/users";
import type { Role } from "@/db/schema";
import { securityChangeMail } from "@/lib/mail/account-mails";
import { sendDueMail } from "@/lib/mail/send-outbox";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { clearLoginAttempts, takeLoginAttempt, type Attempt } from "./login-limits";
import { readPendingLogin } from "./pending-login";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { checkTotp, newTotpSecret, openTotpSecret, sealTotpSecret } from "./totp";

type Owner = { id: number; email: string };

/** Whether this account's role must use a second factor (site setting) while it has none yet. */
export function secondFactorSetupRequired(user: { id: number; role: Role }): boolean {
  return getSiteSettings().twoFactorRoles.includes(user.role) && !hasSecondFactor({ userId: user.id });
}

export function secondFactorRoleRequired(role: Role): boolean {
  return getSiteSettings().twoFactorRoles.includes(role);
}

/** The owner's notification leaves after the response (and otherwise on the scheduler's next tick). */
function sendSoon(): void {
  try {
    after(() => sendDueMail().then(() => undefined, () => undefined));
  } catch {
    // Outside a request (a script): the scheduler sends it.
  }
}

/**
 * One change to an account's sign-in security: the change and the owner's notification in one transaction (both
 * or neither), then the audit record. `work` returns false when there was nothing to change.
 */
async function securityChange<T>(owner: Owner, work: () => T | false, change: (result: T) => { text: string; action: string; actorId?: number; detail?: Record<string, unknown> }) {
  let described: ReturnType<typeof change> | null = null;
  const result = await inWriteTransaction(() => {
    const done = work();
    if (done === false) return false;
    described = change(done);
    enqueueMail(securityChangeMail(owner.email, described.text));
    return done;
  });
  const what = described as ReturnType<typeof change> | null;
  if (result === false || !what) return false;
  recordAudit({ action: what.action, userId: what.actorId ?? owner.id, targetType: "user", targetId: owner.id, detail: what.detail });
  sendSoon();
  return result;
}

/** A new secret kept until a code confirms it; false when TOTP is already on. */
export async function startTotpSetup(userId: number): Promise<boolean> {
  return inWriteTransaction(() => storePendingTotpSecret({ userId, sealed: sealTotpSecret(newTotpSecret()) }));
}

/** The secret waiting for confirmation, to show as QR code and text; null when there is none (or TOTP is on). */
export function pendingTotpSecret(userId: number): string | null {
  const factor = getSecondFactor({ userId });
  if (!factor || factor.totpEnabled) return null;
  return openTotpSecret(factor.totpSecret);
}

export type SetupResult = { ok: true; recoveryCodes: string[] } | { ok: false; message: string };

/** Turns TOTP on once a code from the app matches, and hands out ten fresh recovery codes (shown once). */
export async function confirmTotpSetup(owner: Owner, code: string, now = Date.now()): Promise<SetupResult> {
  const secret = pendingTotpSecret(owner.id);
  if (!secret) return { ok: false, message: "Begin opnieuw met instellen: er is geen nieuwe sleutel (meer)." };
  const check = checkTotp({ secret, code, now, lastStep: null });
  if (!check.ok) return { ok: false, message: "Deze code klopt niet. Controleer of de tijd op uw telefoon juist staat en typ de code die nu in de app staat." };
  const codes = newRecoveryCodes();
  const hashes = codes.map((c) => hashRecoveryCode(owner.id, c));
  const done = await securityChange(
    owner,
    () => (enableTotp({ userId: owner.id, step: check.step }) ? (replaceRecoveryCodes({ userId: owner.id, hashes }), true) : false),
    () => ({ action: "second_factor.totp_enabled", text: "Inloggen met een code uit een authenticator-app is aangezet. Er zijn tien nieuwe herstelcodes gemaakt." }),
  );
  return done ? { ok: true, recoveryCodes: codes } : { ok: false, message: "Tweestapsverificatie met een app staat al aan." };
}

export type CodeCheck = { ok: true; via: "totp" | "recovery" } | { ok: false; reason: "wrong" | "reused" | "rate_limited"; waitMs?: number };

/**
 * Checks a code from the app or a recovery code for this account, counted against the login limits (a refused
 * attempt costs one, a good code clears them). A TOTP step and a recovery code are each used up in one statement.
 */
export async function verifySecondFactorCode(owner: Owner, code: string, attempt: Attempt, now = Date.now()): Promise<CodeCheck> {
  const wait = await takeLoginAttempt(attempt);
  if (wait > 0) return { ok: false, reason: "rate_limited", waitMs: wait };
  const factor = getSecondFactor({ userId: owner.id });
  if (!factor) return { ok: false, reason: "wrong" };
  if (looksLikeRecoveryCode(code)) {
    const hash = hashRecoveryCode(owner.id, code);
    const used = await securityChange(
      owner,
      () => (useRecoveryCode({ userId: owner.id, hash }) ? (getSecondFactor({ userId: owner.id })?.recoveryLeft ?? 0) : false),
      (left) => ({
        action: "second_factor.recovery_code_used",
        detail: { left },
        text: `Er is ingelogd met een herstelcode. Die code werkt niet meer; u heeft nog ${left} ${left === 1 ? "herstelcode" : "herstelcodes"}.`,
      }),
    );
    if (used === false) return { ok: false, reason: "wrong" };
    await clearLoginAttempts(attempt);
    return { ok: true, via: "recovery" };
  }
  const secret = factor.totpEnabled ? openTotpSecret(factor.totpSecret) : null;
  if (!secret) return { ok: false, reason: "wrong" };
  const check = checkTotp({ secret, code, now, lastStep: factor.totpLastStep });
  if (!check.ok) return check;
  // Two requests with the same code at once: only the first moves the step on.
  if (!(await inWriteTransaction(() => acceptTotpStep({ userId: owner.id, step: check.step })))) return { ok: false, reason: "reused" };
  await clearLoginAttempts(attempt);
  return { ok: true, via: "totp" };
}

/** Turns TOTP off after a current code (or recovery code); without passkeys the recovery codes go too. */
export async function disableTotp(owner: Owner, code: string, attempt: Attempt): Promise<{ ok: true } | { ok: false; message: string }> {
  const check = await verifySecondFactorCode(owner, code, attempt);
  if (!check.ok) return { ok: false, message: codeMessage(check) };
  await securityChange(
    owner,
    () => {
      clearTotp({ userId: owner.id });
      if ((getSecondFactor({ userId: owner.id })?.passkeyCount ?? 0) === 0) replaceRecoveryCodes({ userId: owner.id, hashes: [] });
      return true;
    },
    () => ({ action: "second_factor.totp_disabled", text: "Inloggen met een code uit een authenticator-app is uitgezet." }),
  );
  return { ok: true };
}

/** Ten new recovery codes; the old ones stop working. Only for an account with a second factor. */
export async function regenerateRecoveryCodes(owner: Owner): Promise<string[] | null> {
  const codes = newRecoveryCodes();
  const hashes = codes.map((c) => hashRecoveryCode(owner.id, c));
  const done = await securityChange(
    owner,
    () => (hasSecondFactor({ userId: owner.id }) ? (replaceRecoveryCodes({ userId: owner.id, hashes }), true) : false),
    () => ({ action: "second_factor.recovery_codes_renewed", text: "Er zijn tien nieuwe herstelcodes gemaakt. De vorige herstelcodes werken niet meer." }),
  );
  return done ? codes : null;
}

/** An admin takes away every second factor of an account (a lost phone); all of its sessions end. */
export async function resetSecondFactorByAdmin(userId: number, actorId: number): Promise<{ ok: true } | { ok: false; message: string }> {
  const owner = getUser({ id: userId });
  if (!owner) return { ok: false, message: "Deze gebruiker bestaat niet." };
  await securityChange(
    owner,
    () => (resetSecondFactor({ userId }), true),
    () => ({
      action: "second_factor.reset",
      actorId,
      text: "Een beheerder heeft de tweestapsverificatie van uw account uitgezet: de authenticator-app, de passkeys en de herstelcodes werken niet meer. U bent overal uitgelogd.",
    }),
  );
  return { ok: true };
}

export { securityChange };

/** The Dutch sentence for a refused code. */
export function codeMessage(check: Extract<CodeCheck, { ok: false }>): string {
  if (check.reason === "reused") return "Deze code is al gebruikt. Wacht op de volgende code in uw app.";
  if (check.reason === "rate_limited") {
    const minutes = Math.max(1, Math.ceil((check.waitMs ?? 0) / 60_000));
    return `Te veel mislukte pogingen. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`;
  }
  return "Deze code klopt niet. Typ de code die nu in uw app staat, of een ongebruikte herstelcode.";
}

/** The pending login for an account whose password was just accepted (the login action makes the cookie of it). */
export function pendingLoginFor(email: string): { uid: number; sv: number } | null {
  const user = findUserForLogin({ email });
  return user ? { uid: user.id, sv: user.sessionVersion } : null;
}

/** For the login page's second step: whose login is pending and which factors it can use; null when none is. */
export function pendingLoginState(token: string | null | undefined) {
  const pending = readPendingLogin(token);
  const user = pending ? getUser({ id: pending.uid }) : null;
  if (!pending || !user || user.disabled || user.sessionVersion !== pending.sv) return null;
  const factor = getSecondFactor({ userId: user.id });
  return { email: user.email, totp: Boolean(factor?.totpEnabled), recoveryLeft: factor?.recoveryLeft ?? 0, passkeys: factor?.passkeyCount ?? 0 };
}
