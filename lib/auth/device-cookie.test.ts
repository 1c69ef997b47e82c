import { describe, expect, it } from "vitest";
import { deviceCookie, deviceCookieFrom, trustedDevice } from "./device-cookie";

describe("device cookies", () => {
  const now = Date.UTC(2026, 10, 29, 9);
  const cookie = deviceCookie("Olga@Example.org", now);

  it("are trusted for the account they were made for, in any spelling of its address", () => {
    expect(trustedDevice(cookie.value, "olga@example.org", now + 1000)).toMatch(/^[\w-]{16}$/);
  });
  it("count for nothing for another account, when altered, or after 180 days", () => {
    expect(trustedDevice(cookie.value, "iemand@example.org", now)).toBeNull();
    expect(trustedDevice(cookie.value.replace(/.$/, (c) => (c === "A" ? "B" : "A")), "olga@example.org", now)).toBeNull();
    expect(trustedDevice(cookie.value, "olga@example.org", now + 181 * 24 * 3600_000)).toBeNull();
    expect(trustedDevice("", "olga@example.org", now)).toBeNull();
  });
  it("are httpOnly and read back from a Cookie header", () => {
    expect(cookie.options.httpOnly).toBe(true);
    expect(deviceCookieFrom(`a=1; ${cookie.name}=${cookie.value}; b=2`)).toBe(cookie.value);
    expect(deviceCookieFrom(null)).toBeNull();
  });
});
