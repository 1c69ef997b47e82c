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
  it("falls back when there is no value", () => {
    expect(safeCallbackUrl(undefined)).toBe("/redactie");
    expect(safeCallbackUrl(null, "/x")).toBe("/x");
  });
});
