import { describe, expect, it } from "vitest";
import { webinarLabel } from "@/lib/rail-labels";
import { parseRailItems } from "./rail-input";

const rail = (...rows: object[]) => JSON.stringify(rows);

describe("the curated rail as the editor sends it", () => {
  it("takes an internal post and an external link with labels and an optional date", () => {
    const parsed = parseRailItems(
      rail(
        { kind: "post", postId: "7", label: "Analyse" },
        { kind: "link", url: "https://example.org/webinar", title: "Terugkijken: het webinar", label: "Terugkijken", date: "20 juni 2025" },
      ),
    );
    expect(parsed).toEqual({
      ok: true,
      items: [
        { kind: "post", targetPostId: 7, url: null, title: null, label: "Analyse", date: null },
        { kind: "link", targetPostId: null, url: "https://example.org/webinar", title: "Terugkijken: het webinar", label: "Terugkijken", date: new Date("2025-06-20T10:00:00Z") },
      ],
    });
  });

  it("refuses a javascript: or other non-web address, next to that row's address field", () => {
    for (const url of ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "mailto:a@b.nl", "//evil.example", "/onderzoek/x"]) {
      const parsed = parseRailItems(rail({ kind: "post", postId: "3", label: "Uitgelicht" }, { kind: "link", url, title: "Kijk", label: "Uitgelicht" }));
      expect(parsed, url).toEqual({ ok: false, fieldErrors: { "rail-1-url": "Alleen webadressen die beginnen met http:// of https:// kunnen in de rail." } });
    }
  });

  it("asks for a label, a title for a link, a post for an internal item and a real date", () => {
    const parsed = parseRailItems(rail({ kind: "post", postId: "", label: "" }, { kind: "link", url: "https://example.org", title: "", label: "Eigen label", date: "31 juni 2025" }));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.fieldErrors).toEqual({
      "rail-0-label": "Kies of typ een label.",
      "rail-0-postId": "Kies een bericht.",
      "rail-1-date": "Vul een datum in zoals 20-06-2025 of 20 juni 2025.",
      "rail-1-title": "Geef de link een titel.",
    });
  });

  it("takes at most four items, and an empty list clears the rail", () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ kind: "post", postId: String(i + 1), label: "Uitgelicht" }));
    expect(parseRailItems(JSON.stringify(five))).toEqual({ ok: false, fieldErrors: { rail: "Kies hoogstens 4 items voor de rail." } });
    expect(parseRailItems("[]")).toEqual({ ok: true, items: [] });
    expect(parseRailItems("{")).toMatchObject({ ok: false });
  });
});

describe("the automatic rail's label for a webinar", () => {
  const now = new Date("2026-03-10T09:00:00Z");
  it("is Aanmelden while it is still to come, even when a recording address is already filled in", () => {
    expect(webinarLabel({ eventStartsAt: new Date("2026-03-20T09:00:00Z"), recordingUrl: null }, now)).toBe("Aanmelden");
    expect(webinarLabel({ eventStartsAt: new Date("2026-03-20T09:00:00Z"), recordingUrl: "https://example.org/r" }, now)).toBe("Aanmelden");
  });
  it("is Terugkijken once it took place and has a recording, and only Webinar without one", () => {
    expect(webinarLabel({ eventStartsAt: new Date("2026-03-01T09:00:00Z"), recordingUrl: "https://example.org/r" }, now)).toBe("Terugkijken");
    expect(webinarLabel({ eventStartsAt: new Date("2026-03-01T09:00:00Z"), recordingUrl: null }, now)).toBe("Webinar");
  });
});
