import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./client-address.mjs";

describe("the client address", () => {
  it("is the socket's own address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress({ socketAddress: "203.0.113.7", forwardedFor: "198.51.100.1", hops: 0 })).toBe("203.0.113.7");
    expect(clientAddress({ socketAddress: "::ffff:203.0.113.7", forwardedFor: undefined, hops: 0 })).toBe("203.0.113.7");
  });

  it("is the address one trusted proxy appended, not what the client wrote before it", () => {
    // nginx: X-Forwarded-For = what the client sent + the address nginx saw; the socket is nginx itself.
    expect(clientAddress({ socketAddress: "127.0.0.1", forwardedFor: "1.1.1.1, 2.2.2.2, 203.0.113.7", hops: 1 })).toBe("203.0.113.7");
    expect(clientAddress({ socketAddress: "127.0.0.1", forwardedFor: ["9.9.9.9", "203.0.113.7"], hops: 1 })).toBe("203.0.113.7");
  });

  it("counts two proxies from the right", () => {
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 203.0.113.7, 10.0.0.1", hops: 2 })).toBe("203.0.113.7");
  });

  it("falls back to the socket when a request bypassed the proxy without a header", () => {
    expect(clientAddress({ socketAddress: "203.0.113.9", forwardedFor: undefined, hops: 1 })).toBe("203.0.113.9");
  });

  it("ignores entries that are not addresses", () => {
    expect(clientAddress({ socketAddress: "127.0.0.1", forwardedFor: "203.0.113.7, <script>", hops: 1 })).toBe("203.0.113.7");
    expect(clientAddress({ socketAddress: "127.0.0.1", forwardedFor: "[2001:db8::1]", hops: 1 })).toBe("2001:db8::1");
  });

  it("accepts only a small whole number of trusted proxies", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("1")).toBe(1);
    expect(() => trustedProxyHops("yes")).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustedProxyHops("-1")).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
