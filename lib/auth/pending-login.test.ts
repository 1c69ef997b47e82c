import { describe, expect, it } from "vitest";
import { pendingLoginCookie, readPendingLogin } from "./pending-login";
import { signToken, verifyToken } from "./signed-token";

describe("the pending-login token", () => {
  const now = Date.UTC(2026, 10, 29, 9);
  const cookie = pendingLoginCookie({ uid: 7, sv: 3 }, now);

  it("names the account and session version whose password was checked, for five minutes", () => {
    expect(readPendingLogin(cookie.value, now + 1000)).toEqual({ uid: 7, sv: 3 });
    expect(readPendingLogin(cookie.value, now + 5 * 60_000 - 1)).toEqual({ uid: 7, sv: 3 });
  });
  it("is worthless once expired", () => {
    expect(readPendingLogin(cookie.value, now + 5 * 60_000)).toBeNull();
  });
  it("cannot be altered: another account or a later expiry breaks the signature", () => {
    const [body, mac] = cookie.value.split(".");
    const payload = JSON.parse(Buffer.from(body!, "base64url").toString("utf8"));
    for (const changed of [{ ...payload, uid: 1 }, { ...payload, exp: payload.exp + 3600_000 }]) {
      expect(readPendingLogin(`${Buffer.from(JSON.stringify(changed)).toString("base64url")}.${mac}`, now)).toBeNull();
    }
    expect(readPendingLogin(`${body}.${mac!.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`, now)).toBeNull();
    expect(readPendingLogin("", now)).toBeNull();
    expect(readPendingLogin("a.b.c", now)).toBeNull();
  });
  it("is not accepted for another purpose, nor is another purpose's token accepted as one", () => {
    expect(verifyToken("passkey-login", cookie.value, now)).toBeNull();
    expect(readPendingLogin(signToken("passkey-register", { uid: 7, sv: 3 }, 60_000, now), now)).toBeNull();
  });
  it("is an httpOnly cookie for the login page only", () => {
    expect(cookie.options).toMatchObject({ httpOnly: true, path: "/inloggen", maxAge: 300 });
  });
});
