import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { recordAudit } from "@/db/queries/audit";
import { getUserWithPerson } from "@/db/queries/users";
import { auth } from "./config";
import { can, type Permission } from "./permissions";
import { secondFactorSetupRequired } from "./second-factor";

/** Where staff whose role needs a second factor go until they have one. */
export const SECOND_FACTOR_SETUP_PATH = "/redactie/account/tweestapsverificatie";

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof currentUser>>>;

/** The signed-in, enabled user of this request, or null. Session version and status are checked in auth(). */
export const currentUser = cache(async () => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = getUserWithPerson({ id });
  return user && !user.disabled ? user : null;
});

// Refusals of signed-in staff are each worth a line in the log. Anonymous ones (bots, scanners, expired sessions)
// could fill it: at most one line a minute per permission, with the number refused since the last line.
const anonymousRefusals = new Map<Permission, { loggedAt: number; unlogged: number }>();

function logRefusal(user: CurrentUser | null, permission: Permission, now = Date.now()): void {
  if (user) return recordAudit({ action: "permission.denied", userId: user.id, detail: { permission } });
  const seen = anonymousRefusals.get(permission) ?? { loggedAt: 0, unlogged: 0 };
  seen.unlogged += 1;
  anonymousRefusals.set(permission, seen);
  if (now - seen.loggedAt < 60_000) return;
  recordAudit({ action: "permission.denied", detail: { permission, anonymous: true, count: seen.unlogged } });
  anonymousRefusals.set(permission, { loggedAt: now, unlogged: 0 });
}

/**
 * Resolves the user and checks one permission; logs refusals. The single check every guard goes through. A user
 * whose role requires a second factor while they have none may only set one up (`setup` says why they were refused).
 */
export async function authorize(permission: Permission): Promise<{ user: CurrentUser } | { user: CurrentUser | null; denied: true; setup?: true }> {
  const user = await currentUser();
  if (user && can(user, permission)) {
    if (permission === "account.secondFactor" || !secondFactorSetupRequired(user)) return { user };
    recordAudit({ action: "permission.denied", userId: user.id, detail: { permission, reason: "second_factor_setup" } });
    return { user, denied: true, setup: true };
  }
  logRefusal(user, permission);
  return { user, denied: true };
}

/** For dashboard pages: anonymous visitors go to the login page; staff without the permission get 403. */
export async function requirePermission(permission: Permission, returnTo = "/redactie"): Promise<CurrentUser> {
  const result = await authorize(permission);
  if ("denied" in result) {
    if (!result.user) redirect(`/inloggen?callbackUrl=${encodeURIComponent(returnTo)}`);
    if (result.setup) redirect(SECOND_FACTOR_SETUP_PATH);
    forbidden();
  }
  return result.user;
}
