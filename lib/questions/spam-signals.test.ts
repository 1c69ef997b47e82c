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
  it("catch a post that never loaded the form", () => {
    expect(spamReason({ ...base, formToken: "" }, now)).toBe("no-form");
  });
  it("do not punish a page cached under an older secret", () => {
    expect(spamReason({ ...base, formToken: `${now - 1000}.ongeldigehandtekening00` }, now)).toBeNull();
  });
});
