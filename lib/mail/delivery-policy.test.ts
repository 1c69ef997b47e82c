import { describe, expect, it } from "vitest";
import { cleanReply, isPermanent, isServerUnreachable, MAX_ATTEMPTS, nextAttempt, retryDelayMs } from "./delivery-policy";

const now = new Date(Date.UTC(2026, 10, 28, 12));

describe("after a failed attempt the outbox", () => {
  it("retries a temporary refusal (4xx) or an unreachable server later, waiting longer each time", () => {
    expect(nextAttempt({ code: "EENVELOPE", responseCode: 450 }, 1, now, 60)).toEqual(new Date(now.getTime() + 60_000));
    expect(nextAttempt({ code: "ESOCKET" }, 3, now, 60)).toEqual(new Date(now.getTime() + 240_000));
  });
  it("never waits longer than an hour between attempts", () => {
    expect(retryDelayMs(9, 60)).toBe(3600_000);
  });
  it("gives up at once after a permanent refusal (5xx), without retrying", () => {
    expect(isPermanent({ responseCode: 550 })).toBe(true);
    expect(nextAttempt({ code: "EENVELOPE", responseCode: 550, response: "550 5.1.1 User unknown" }, 1, now, 60)).toBeNull();
    expect(nextAttempt({ code: "EMESSAGE", responseCode: 554 }, 1, now, 60)).toBeNull();
  });
  it("does not treat a temporary refusal or a network error as permanent", () => {
    expect(isPermanent({ responseCode: 421 })).toBe(false);
    expect(isPermanent({ code: "ECONNECTION" })).toBe(false);
  });
  it(`gives up after ${MAX_ATTEMPTS} attempts, however temporary the error`, () => {
    expect(nextAttempt({ code: "ECONNECTION" }, MAX_ATTEMPTS - 1, now, 60)).not.toBeNull();
    expect(nextAttempt({ code: "ECONNECTION" }, MAX_ATTEMPTS, now, 60)).toBeNull();
  });
  it("stops the run when no server answered, but not when a server refused one mail", () => {
    expect(isServerUnreachable({ code: "ECONNECTION" })).toBe(true);
    expect(isServerUnreachable({ code: "ESOCKET" })).toBe(true);
    expect(isServerUnreachable({ code: "EENVELOPE", responseCode: 550 })).toBe(false);
    expect(isServerUnreachable({ code: "ECONNECTION", responseCode: 421 })).toBe(false);
  });
});

describe("the stored server reply", () => {
  it("keeps the code and reason but no e-mail address", () => {
    expect(cleanReply("550 5.1.1 <lezer@example.org>: Recipient address rejected: User unknown")).toBe("550 5.1.1 [adres]: Recipient address rejected: User unknown");
    expect(cleanReply("250 2.0.0 Ok: queued as 4F2B3 for lezer@example.org")).toBe("250 2.0.0 Ok: queued as 4F2B3 for [adres]");
  });
  it("is one line of at most 200 characters", () => {
    expect(cleanReply("451 4.7.1 Try\r\n again later")).toBe("451 4.7.1 Try again later");
    expect(cleanReply(`550 ${"x".repeat(500)}`)).toHaveLength(200);
  });
  it("is empty when the server said nothing", () => {
    expect(cleanReply(undefined)).toBeNull();
    expect(cleanReply("  ")).toBeNull();
  });
});
