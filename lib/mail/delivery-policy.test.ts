import { describe, expect, it } from "vitest";
import { cleanReply, isPermanent, failsForEveryMail, MAX_ATTEMPTS, nextAttempt, retryDelayMs } from "./delivery-policy";

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
    expect(isPermanent({ code: "EENVELOPE", responseCode: 550 })).toBe(true);
    expect(nextAttempt({ code: "EENVELOPE", responseCode: 550, response: "550 5.1.1 User unknown" }, 1, now, 60)).toBeNull();
    expect(nextAttempt({ code: "EMESSAGE", responseCode: 554 }, 1, now, 60)).toBeNull();
  });
  it("does not treat a temporary refusal, a network error or a refused login as permanent", () => {
    expect(isPermanent({ code: "EENVELOPE", responseCode: 450 })).toBe(false);
    expect(isPermanent({ code: "ECONNECTION" })).toBe(false);
    expect(nextAttempt({ code: "EAUTH", responseCode: 535, response: "535 5.7.8 Authentication failed" }, 1, now, 60)).not.toBeNull();
  });
  it(`gives up after ${MAX_ATTEMPTS} attempts, however temporary the error`, () => {
    expect(nextAttempt({ code: "ECONNECTION" }, MAX_ATTEMPTS - 1, now, 60)).not.toBeNull();
    expect(nextAttempt({ code: "ECONNECTION" }, MAX_ATTEMPTS, now, 60)).toBeNull();
  });
  it("stops the run when no server answered or it refused the connection, but not when it refused one mail", () => {
    expect(failsForEveryMail({ code: "ECONNECTION" })).toBe(true);
    expect(failsForEveryMail({ code: "ESOCKET" })).toBe(true);
    expect(failsForEveryMail({ code: "EAUTH", responseCode: 535 })).toBe(true);
    expect(failsForEveryMail({ code: "EENVELOPE", responseCode: 550 })).toBe(false);
    expect(failsForEveryMail({ code: "EMESSAGE", responseCode: 452 })).toBe(false);
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
