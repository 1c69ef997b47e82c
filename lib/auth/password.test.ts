import { describe, expect, it } from "vitest";
import { hashPassword, isCommonPassword, verifyPassword } from "./password";
import { passwordField } from "./password-policy";

describe("passwords", () => {
  it("are hashed with Argon2id and verified", async () => {
    const stored = await hashPassword("een lange zin als wachtwoord");
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, "een lange zin als wachtwoord")).toBe(true);
    expect(await verifyPassword(stored, "een andere zin als wachtwoord")).toBe(false);
  });

  it("never verify against a missing hash", async () => {
    expect(await verifyPassword(null, "wat dan ook hier")).toBe(false);
  });

  it("need 12 characters, allow long passphrases and have no composition rules", () => {
    expect(passwordField.safeParse("kort").success).toBe(false);
    expect(passwordField.safeParse("alleenkleineletters").success).toBe(true);
    expect(passwordField.safeParse("x".repeat(128)).success).toBe(true);
  });

  it("are refused when common", () => {
    expect(isCommonPassword("123456789012")).toBe(true);
    expect(isCommonPassword("Wachtwoord123")).toBe(true);
    expect(isCommonPassword("qwertyuiop12")).toBe(true);
    expect(isCommonPassword("paarse olifant danst op het dak")).toBe(false);
  });
});
