import { describe, expect, it } from "vitest";
import { formToken, spamReason } from "./spam-signals";

const now = Date.UTC(2026, 10, 28, 12);
const base = { website: "", formToken: formToken(now - 60_000), fillMs: null };

describe("spam signals", () => {
  it("let a person through who took their time", () => {
    expect(spamReason({ ...base, fillMs: 45_000 }, now)).toBeNull();
    expect(spamReason(base, now)).toBeNull();
  });
  it("catch a filled honeypot", () => {
    expect(spamReason({ ...base, website: "https://spam.example" }, now)).toBe("honeypot");
  });
  it("catch a form sent within three seconds, with or without JavaScript", () => {
    expect(spamReason({ ...base, fillMs: 800 }, now)).toBe("too-fast");
    expect(spamReason({ ...base, formToken: formToken(now - 1000) }, now)).toBe("too-fast");
  });
  it("do not let a client-sent fill time overrule the signed render time", () => {
    expect(spamReason({ ...base, formToken: formToken(now - 150), fillMs: 60_000 }, now)).toBe("too-fast");
  });
  it("treat a token kept for more than a week as replayed", () => {
    expect(spamReason({ ...base, formToken: formToken(now - 8 * 24 * 3600_000) }, now)).toBe("old-form");
    expect(spamReason({ ...base, formToken: formToken(now - 6 * 24 * 3600_000) }, now)).toBeNull();
  });
  it("treat a post without a valid signed token as spam, never as human", () => {
    expect(spamReason({ ...base, formToken: "" }, now)).toBe("no-form");
    expect(spamReason({ ...base, formToken: "onleesbaar" }, now)).toBe("no-form");
    expect(spamReason({ ...base, formToken: `${now - 60_000}.vervalstehandtekening0`, fillMs: 60_000 }, now)).toBe("no-form");
  });
});
