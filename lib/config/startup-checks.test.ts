import { describe, expect, it } from "vitest";
import { startupProblems } from "./startup-checks.mjs";

const secret = "s".repeat(43);

describe("the production server's start-up checks", () => {
  it("accept a secret and the origin the build was made for", () => {
    expect(startupProblems({ AUTH_SECRET: secret, SITE_URL: "https://nieuws.example.org/" }, "https://nieuws.example.org")).toEqual([]);
  });
  it("refuse to start without a secret, or with a short one", () => {
    expect(startupProblems({ SITE_URL: "https://a.example" }, undefined).join()).toMatch(/AUTH_SECRET/);
    expect(startupProblems({ AUTH_SECRET: "kort", SITE_URL: "https://a.example" }, undefined).join()).toMatch(/AUTH_SECRET/);
  });
  it("refuse to start without SITE_URL rather than announce localhost", () => {
    expect(startupProblems({ AUTH_SECRET: secret }, undefined).join()).toMatch(/SITE_URL must be set/);
    expect(startupProblems({ AUTH_SECRET: secret, SITE_URL: "nieuws.example.org" }, undefined).join()).toMatch(/origin/);
    expect(startupProblems({ AUTH_SECRET: secret, SITE_URL: "https://a.example/pad" }, undefined).join()).toMatch(/origin/);
  });
  it("refuse to serve a build made for another SITE_URL", () => {
    expect(startupProblems({ AUTH_SECRET: secret, SITE_URL: "https://b.example" }, "http://localhost:3000").join()).toMatch(/npm run build again/);
  });
});
