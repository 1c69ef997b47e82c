import "server-only";
import { randomBytes } from "node:crypto";
import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "@/lib/zod";
import { emailAddress } from "@/lib/validation/text-fields";
import { recordAudit } from "@/db/queries/audit";
import { endSession, sessionEnded } from "@/db/queries/sessions";
import { withWriteRetry } from "@/lib/database-busy";
import { inWriteTransaction } from "@/db/queries/transaction";
import { hasSecondFactor } from "@/db/queries/second-factor";
import { findUserForLogin, getUser, recordLogin } from "@/db/queries/users";
import type { Role } from "@/db/schema";
import { safeCallbackUrl } from "./callback-url";
import { PasswordWorkBusy } from "./hash-queue";
import { loginAttempt } from "./login-attempt";
import { clearLoginAttempts, takeLoginAttempt } from "./login-limits";
import { verifyPassword } from "./password";
import { verifyPasskeyLogin } from "./passkeys";
import { readPendingLogin } from "./pending-login";
import { verifySecondFactorCode } from "./second-factor";
import { logEvent } from "@/lib/log/log.mjs";
import { clientIp, hashIp } from "@/lib/request-ip";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
}

/** Thrown when an address has too many failed attempts; the login action turns it into a Dutch retry message. */
export class LoginRateLimited extends CredentialsSignin {
  code = "rate_limited";
}

/** Thrown when the server is too busy checking other passwords (lib/auth/hash-queue.ts). */
export class LoginBusy extends CredentialsSignin {
  code = "busy";
}

/** The password was right and the account has a second factor: the login page asks for it next. */
export class SecondFactorRequired extends CredentialsSignin {
  code = "second_factor";
}

/** The second step without a valid pending login (expired after five minutes, forged, or the account changed). */
export class PendingLoginExpired extends CredentialsSignin {
  code = "pending_expired";
}

/** A refused code; `code` says why: wrong_code, reused_code or rate_limited. */
export class SecondFactorRefused extends CredentialsSignin {
  constructor(reason: "wrong" | "reused" | "rate_limited") {
    super();
    this.code = reason === "rate_limited" ? "rate_limited" : `${reason}_code`;
  }
}

// A working day. Auth.js renews the cookie while it is used, so the login time in the token sets a hard limit.
const SESSION_HOURS = 8;

const credentialsSchema = z.object({
  email: emailAddress(),
  password: z.string().min(1).max(1024),
});
const secondFactorSchema = z.object({ pending: z.string().max(2000), code: z.string().trim().min(1).max(40) });
const passkeySchema = z.object({ response: z.string().max(20_000), token: z.string().max(2000) });

type LoginUser = { id: number; name: string; email: string; role: Role; sessionVersion: number };

/** Every way in ends here: the login is recorded and the user handed to the session. */
async function completeLogin(user: LoginUser, ipHash: string, method: "password" | "totp" | "recovery" | "passkey") {
  await inWriteTransaction(() => recordLogin({ id: user.id }));
  recordAudit({ action: "login.succeeded", userId: user.id, detail: method === "password" ? undefined : { method }, ipHash });
  return { id: String(user.id), name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // A self-hosted app behind its own reverse proxy; redirects are limited to this site by the callback below.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/inloggen", error: "/inloggen" },
  // A refused login is expected, logged in our audit log, and not an error worth a stack trace.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return;
      logEvent("warn", "auth_error", { name: error.name, error: error.message });
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const attempt = loginAttempt(request.headers, email);
        const { ipHash } = attempt;
        if ((await takeLoginAttempt(attempt)) > 0) {
          recordAudit({ action: "login.locked", detail: { emailDomain: email.split("@")[1], knownDevice: attempt.device !== null }, ipHash });
          throw new LoginRateLimited();
        }
        const user = findUserForLogin({ email });
        // Always verify, against a dummy hash when the account is unknown: the same work, the same time.
        const valid = await verifyPassword(user?.passwordHash, password).catch((error) => {
          if (error instanceof PasswordWorkBusy) throw new LoginBusy();
          throw error;
        });
        if (!user || !valid || user.disabled) {
          recordAudit({ action: "login.failed", userId: user?.id, detail: { reason: !user ? "unknown" : user.disabled ? "disabled" : "password" }, ipHash });
          return null;
        }
        // With a second factor the password alone lets nobody in, and the attempt counters stay as they are:
        // clearing them here would give someone who knows the password fresh guesses at the code every time.
        if (hasSecondFactor({ userId: user.id })) {
          recordAudit({ action: "login.password_accepted", userId: user.id, ipHash });
          throw new SecondFactorRequired();
        }
        await clearLoginAttempts(attempt);
        return completeLogin(user, ipHash, "password");
      },
    }),
    // Step two: the pending login from the password step (a signed token the login page keeps in a cookie) and
    // a code from the authenticator app or a recovery code.
    Credentials({
      id: "second-factor",
      credentials: { pending: {}, code: {} },
      async authorize(raw, request) {
        const parsed = secondFactorSchema.safeParse(raw);
        if (!parsed.success) return null;
        const pending = readPendingLogin(parsed.data.pending);
        const user = pending ? getUser({ id: pending.uid }) : null;
        if (!pending || !user || user.disabled || user.sessionVersion !== pending.sv) throw new PendingLoginExpired();
        const attempt = loginAttempt(request.headers, user.email);
        const check = await verifySecondFactorCode(user, parsed.data.code, attempt).catch((error) => {
          if (error instanceof PasswordWorkBusy) throw new LoginBusy();
          throw error;
        });
        if (!check.ok) {
          recordAudit({ action: check.reason === "rate_limited" ? "login.locked" : "login.failed", userId: user.id, detail: { reason: `${check.reason}_code` }, ipHash: attempt.ipHash });
          throw new SecondFactorRefused(check.reason);
        }
        return completeLogin(user, attempt.ipHash, check.via);
      },
    }),
    // A passkey alone: possession of the authenticator plus its user verification (PIN, fingerprint).
    Credentials({
      id: "passkey",
      credentials: { response: {}, token: {} },
      async authorize(raw, request) {
        const parsed = passkeySchema.safeParse(raw);
        if (!parsed.success) return null;
        const ipHash = hashIp(clientIp(request.headers));
        const proven = await verifyPasskeyLogin(parsed.data.response, parsed.data.token);
        const user = proven ? getUser({ id: proven.userId }) : null;
        if (!proven || !user || user.disabled) {
          recordAudit({ action: "login.failed", userId: user?.id, detail: { reason: !proven ? "passkey" : "disabled" }, ipHash });
          return null;
        }
        return completeLogin(user, ipHash, "passkey");
      },
    }),
  ],
  events: {
    // Logging out ends the session here too: a copy of the cookie is worthless from now on.
    // Awaited with retries: a locked database must not let a logout pass while the session stays valid.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sid !== "string" || typeof token.loginAt !== "number") return;
      const { sid, loginAt } = token;
      await withWriteRetry(() => endSession({ sid, expiresAt: new Date(loginAt + SESSION_HOURS * 3600_000) }));
      recordAudit({ action: "logout", userId: typeof token.uid === "number" ? token.uid : null });
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; role: Role; sessionVersion: number };
        // sid: this session's own id, so logging out can end this session (and only this one) on the server.
        return { ...token, uid: Number(signedIn.id), role: signedIn.role, sv: signedIn.sessionVersion, loginAt: Date.now(), sid: randomBytes(18).toString("base64url") };
      }
      if (typeof token.loginAt !== "number" || Date.now() - token.loginAt > SESSION_HOURS * 3600_000) return null;
      if (typeof token.sid !== "string" || sessionEnded({ sid: token.sid })) return null;
      // Every request: the account must still exist, be enabled and carry the same session version.
      const current = typeof token.uid === "number" ? getUser({ id: token.uid }) : null;
      if (!current || current.disabled || current.sessionVersion !== token.sv) return null;
      return { ...token, name: current.name, role: current.role };
    },
    session({ session, token }) {
      session.user.id = String(token.uid);
      session.user.role = token.role as Role;
      return session;
    },
    redirect({ url, baseUrl }) {
      if (url.startsWith("/")) return `${baseUrl}${safeCallbackUrl(url)}`;
      return new URL(url).origin === baseUrl ? url : baseUrl;
    },
  },
});
