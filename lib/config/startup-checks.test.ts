import { describe, expect, it } from "vitest";
import { secretFingerprint, startupProblems } from "./startup-checks.mjs";

const secret = "s".repeat(43);

describe("the production server's start-up checks", () => {
  it("accept a secret and the origin the build was made for", () => {
    const build = { siteUrl: "https://nieuws.example.org", secret: secretFingerprint(secret) };
    expect(startupProblems({ AUTH_SECRET: secret, SITE_URL: "https://nieuws.example.org/" }, build)).toEqual([]);
  });
  it("refuse to start without a secret, or with a short one", () => {
    expect(startupProblems({ SITE_URL: "https://a.example" }, {}).join()).toMatch(/AUTH_SECRET/);
    expect(startupProblems({ AUTH_SECRET: "kort", SITE_URL: "https://a.example" }, {}).join()).toMatch(/AUTH_SECRET/);
  });
  it("refuse to start without SITE_URL rather than announce localhost", () => {
    expect(startupProblems({ AUTH_SECRET: secret }, {}).join()).toMatch(/SITE_URL must be set/);
    expect(startupProblems({ AUTH_SECRET: secret, SITE_URL: "nieuws.example.org" }, {}).join()).toMatch(/origin/);
    expect(startupProblems({ AUTH_SECRET: secret, SITE_URL: "https://a.example/pad" }, {}).join()).toMatch(/origin/);
  });
  it("refuse to serve a build made for another SITE_URL", () => {
    expect(startupProblems({ AUTH_SECRET: secret, SITE_URL: "https://b.example" }, { siteUrl: "http://localhost:3000" }).join()).toMatch(/npm run build again/);
  });
  it("refuse to serve a build made with another AUTH_SECRET, whose forms carry tokens signed with it", () => {
    const build = { siteUrl: "https://a.example", secret: secretFingerprint("y".repeat(43)) };
    expect(startupProblems({ AUTH_SECRET: secret, SITE_URL: "https://a.example" }, build).join()).toMatch(/another AUTH_SECRET/);
    expect(secretFingerprint(secret)).not.toContain(secret.slice(0, 6));
  });
});
