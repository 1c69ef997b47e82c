import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("the callback URL after login", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackUrl("/redactie/berichten?status=draft")).toBe("/redactie/berichten?status=draft");
  });
  it("ignores other origins in every spelling", () => {
    for (const evil of ["//evil.example", "https://evil.example/x", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "/\t/evil.example", ""]) {
      expect(safeCallbackUrl(evil)).toBe("/redactie");
    }
  });
  it("checks the path it returns, after dot segments are resolved", () => {
    for (const evil of ["/..//evil.example", "/.//evil.example", "/%2e%2e//evil.example", "/a/../..//evil.example", "/%2E//evil.example/x"]) {
      const result = safeCallbackUrl(evil);
      expect(result.startsWith("//"), evil).toBe(false);
      expect(result).toBe("/redactie");
    }
    expect(safeCallbackUrl("/redactie/../redactie/vragen")).toBe("/redactie/vragen");
  });
  it("falls back when there is no value", () => {
    expect(safeCallbackUrl(undefined)).toBe("/redactie");
    expect(safeCallbackUrl(null, "/x")).toBe("/x");
  });
});
