import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { checkTotp, newTotpSecret, openTotpSecret, readableSecret, sealTotpSecret, totpUri } from "./totp";

const secret = newTotpSecret();
// What an authenticator app shows at that moment.
const codeAt = (timestamp: number) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp });
const now = Date.UTC(2026, 10, 29, 9, 0, 10);
const step = Math.floor(now / 30_000);

describe("TOTP codes", () => {
  it("are accepted in their own 30 seconds and one step either side, with the step they belong to", () => {
    expect(checkTotp({ secret, code: codeAt(now), now, lastStep: null })).toEqual({ ok: true, step });
    expect(checkTotp({ secret, code: codeAt(now - 30_000), now, lastStep: null })).toEqual({ ok: true, step: step - 1 });
    expect(checkTotp({ secret, code: codeAt(now + 30_000), now, lastStep: null })).toEqual({ ok: true, step: step + 1 });
  });
  it("are refused two steps away, when wrong, or when not six digits", () => {
    expect(checkTotp({ secret, code: codeAt(now - 60_000), now, lastStep: null })).toEqual({ ok: false, reason: "wrong" });
    expect(checkTotp({ secret, code: "12345", now, lastStep: null })).toEqual({ ok: false, reason: "wrong" });
    expect(checkTotp({ secret, code: "abcdef", now, lastStep: null })).toEqual({ ok: false, reason: "wrong" });
  });
  it("are accepted with spaces typed in them", () => {
    const code = codeAt(now);
    expect(checkTotp({ secret, code: `${code.slice(0, 3)} ${code.slice(3)}`, now, lastStep: null }).ok).toBe(true);
  });
  it("cannot be used again: a step not later than the last accepted one is a replay", () => {
    expect(checkTotp({ secret, code: codeAt(now), now, lastStep: step })).toEqual({ ok: false, reason: "reused" });
    // An older code, still inside the window, after a newer one was accepted: also refused.
    expect(checkTotp({ secret, code: codeAt(now - 30_000), now, lastStep: step })).toEqual({ ok: false, reason: "reused" });
    // The next step's code is fine.
    expect(checkTotp({ secret, code: codeAt(now + 30_000), now: now + 30_000, lastStep: step })).toEqual({ ok: true, step: step + 1 });
  });
});

describe("TOTP secrets", () => {
  it("are stored sealed and opened again, and an altered seal opens to nothing", () => {
    const sealed = sealTotpSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(openTotpSecret(sealed)).toBe(secret);
    expect(openTotpSecret(sealed.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toBeNull();
    expect(openTotpSecret(null)).toBeNull();
  });
  it("are shown in groups of four and in an otpauth address", () => {
    expect(readableSecret("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
    expect(totpUri(secret, "olga@example.org")).toMatch(/^otpauth:\/\/totp\/.*secret=/);
  });
});
