import { describe, expect, it } from "vitest";
import { mailServerConfigured } from "@/lib/mail/mail-server";
import { answeredEvent, answeredMessage } from "./answer-message";

// The e2e server always has a mail server (a real SMTP server on loopback), so the choice is tested here.
describe("the message after answering a question", () => {
  it("says the answer is mailed when there is a mail server", () => {
    expect(answeredMessage({ sendMail: true, mailServer: true })).toBe("Het antwoord is opgeslagen en wordt per e-mail verstuurd.");
  });

  it("says the answer was saved but not sent when no mail server is set", () => {
    const message = answeredMessage({ sendMail: true, mailServer: mailServerConfigured({}) });
    expect(message).toBe("Het antwoord is opgeslagen, maar niet verstuurd: er is geen mailserver ingesteld.");
    expect(message).not.toContain("wordt per e-mail verstuurd");
    expect(answeredEvent({ sendMail: true, mailServer: false })).toContain("niet per e-mail verstuurd");
  });

  it("only says it is marked as answered when no mail was asked for", () => {
    expect(answeredMessage({ sendMail: false, mailServer: false })).toBe("De vraag is als beantwoord gemarkeerd.");
  });

  it("knows a mail server is set from SMTP_URL", () => {
    expect(mailServerConfigured({ SMTP_URL: "smtp://127.0.0.1:2525" })).toBe(true);
    expect(mailServerConfigured({ SMTP_URL: "" })).toBe(false);
  });
});
