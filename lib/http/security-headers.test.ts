import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers";

const header = (siteUrl: string | undefined, key: string) => securityHeaders(siteUrl).find((h) => h.key === key)?.value;

describe("security headers", () => {
  it("add HSTS and upgrade-insecure-requests only for an https site", () => {
    expect(header("https://nieuws.example.org", "Strict-Transport-Security")).toBe("max-age=63072000");
    expect(header("https://nieuws.example.org", "Content-Security-Policy")).toContain("upgrade-insecure-requests");
    expect(header("http://localhost:3000", "Strict-Transport-Security")).toBeUndefined();
    expect(header(undefined, "Content-Security-Policy")).not.toContain("upgrade-insecure-requests");
  });
  it("never allow plugins, base rewriting, framing by others or forms to elsewhere", () => {
    const csp = header("https://a.example", "Content-Security-Policy")!;
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "default-src 'self'"]) expect(csp).toContain(directive);
    expect(csp).not.toMatch(/unsafe-eval|\*/);
  });
});
