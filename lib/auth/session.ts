import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { recordAudit } from "@/db/queries/audit";
import { getUserWithPerson } from "@/db/queries/users";
import { auth } from "./config";
import { can, type Permission } from "./permissions";

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof currentUser>>>;

/** The signed-in, enabled user of this request, or null. Session version and status are checked in auth(). */
export const currentUser = cache(async () => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = getUserWithPerson({ id });
  return user && !user.disabled ? user : null;
});

/** Resolves the user and checks one permission; logs refusals. The single check every guard goes through. */
export async function authorize(permission: Permission): Promise<{ user: CurrentUser } | { user: CurrentUser | null; denied: true }> {
  const user = await currentUser();
  if (user && can(user, permission)) return { user };
  recordAudit({ action: "permission.denied", userId: user?.id, detail: { permission } });
  return { user, denied: true };
}

/** For dashboard pages: anonymous visitors go to the login page; staff without the permission get 403. */
export async function requirePermission(permission: Permission, returnTo = "/redactie"): Promise<CurrentUser> {
  const result = await authorize(permission);
  if ("denied" in result) {
    if (!result.user) redirect(`/inloggen?callbackUrl=${encodeURIComponent(returnTo)}`);
    forbidden();
  }
  return result.user;
}
