import { describe, expect, it } from "vitest";
import { LINK_LIFETIME_MS, signLink, verifyLink } from "./signed-link";

const now = Date.UTC(2026, 5, 20, 12);

describe("newsletter links", () => {
  it("a signed link names its subscriber for its own purpose", () => {
    const token = signLink({ subscriberId: 42, purpose: "unsubscribe", now });
    expect(verifyLink(token, "unsubscribe", now + 1000)).toEqual({ ok: true, subscriberId: 42 });
  });

  it("a link for one purpose cannot be used for another", () => {
    const token = signLink({ subscriberId: 42, purpose: "preferences", now });
    expect(verifyLink(token, "unsubscribe", now)).toEqual({ ok: false, reason: "invalid" });
    const relabelled = token.replace(".preferences.", ".unsubscribe.");
    expect(verifyLink(relabelled, "unsubscribe", now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("a link cannot be moved to another subscriber or given a longer life", () => {
    const token = signLink({ subscriberId: 42, purpose: "confirm", now });
    expect(verifyLink(token.replace(/^42\./, "43."), "confirm", now).ok).toBe(false);
    const [id, purpose, expires, mac] = token.split(".");
    expect(verifyLink([id, purpose, Number(expires) + 86_400_000, mac].join("."), "confirm", now).ok).toBe(false);
  });

  it("a confirmation link expires after a week", () => {
    const token = signLink({ subscriberId: 7, purpose: "confirm", now });
    expect(verifyLink(token, "confirm", now + LINK_LIFETIME_MS.confirm - 1).ok).toBe(true);
    expect(verifyLink(token, "confirm", now + LINK_LIFETIME_MS.confirm + 1)).toEqual({ ok: false, reason: "expired" });
  });

  it("garbage, empty and truncated tokens are refused", () => {
    for (const token of ["", null, undefined, "abc", "1.confirm.123.x", signLink({ subscriberId: 1, purpose: "confirm", now }).slice(0, -1)]) {
      expect(verifyLink(token, "confirm", now)).toEqual({ ok: false, reason: "invalid" });
    }
  });
});
