import { describe, expect, it } from "vitest";
import { settingsFormSchema } from "./settings-form";

const valid = {
  siteName: "EU Kennisbureau",
  tagline: "",
  logoMediaId: "",
  address: "Rue de la Loi 1\n1000 Brussel",
  phone: "+32 2 123 45 67",
  email: "Info@Kennisbureau.example",
  answerWorkingDays: "3",
  reminderWorkingDays: "2",
  newsletterPerMinute: "30",
  socialLabel0: "LinkedIn",
  socialUrl0: "https://www.linkedin.com/company/voorbeeld",
  twoFactor_admin: "on",
};

describe("the settings form", () => {
  it("turns the posted strings into settings: numbers, links with both parts, the checked roles", () => {
    const parsed = settingsFormSchema.parse(valid);
    expect(parsed).toMatchObject({
      email: "info@kennisbureau.example",
      logoMediaId: null,
      answerWorkingDays: 3,
      socialLinks: [{ label: "LinkedIn", url: "https://www.linkedin.com/company/voorbeeld" }],
      twoFactorRoles: ["admin"],
    });
  });

  it("accepts an empty general e-mail address", () => {
    expect(settingsFormSchema.parse({ ...valid, email: "" }).email).toBe("");
  });

  it("refuses a bad e-mail address, a link without https and a word for a number, each with a Dutch message on its own field", () => {
    const result = settingsFormSchema.safeParse({ ...valid, email: "info-at-kantoor", socialUrl0: "linkedin.com/voorbeeld", answerWorkingDays: "twee" });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byField.email).toMatch(/geldig e-mailadres/);
    expect(byField.socialUrl0).toMatch(/begint met https:\/\//);
    expect(byField.answerWorkingDays).toBe("Vul een getal in.");
  });

  it("cannot save a link without a name", () => {
    const result = settingsFormSchema.safeParse({ ...valid, socialLabel0: "" });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["socialLabel0", "Geef de link een naam."]]);
  });
});
