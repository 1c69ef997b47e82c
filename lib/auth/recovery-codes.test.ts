import { describe, expect, it } from "vitest";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from "./recovery-codes";

describe("recovery codes", () => {
  const codes = newRecoveryCodes();

  it("come ten at a time, all different, in two groups of five easy-to-read characters", () => {
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/);
  });
  it("are recognised however they are typed: capitals, spaces and dashes do not matter", () => {
    const [code] = codes;
    const stored = hashRecoveryCode(7, code!);
    expect(hashRecoveryCode(7, ` ${code!.toUpperCase().replace("-", " ")} `)).toBe(stored);
    expect(looksLikeRecoveryCode(` ${code} `)).toBe(true);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
  it("are stored as a keyed hash that differs per account and does not contain the code", () => {
    const [code] = codes;
    expect(hashRecoveryCode(7, code!)).not.toBe(hashRecoveryCode(8, code!));
    expect(hashRecoveryCode(7, code!)).not.toContain(code!.replace("-", ""));
  });
});
