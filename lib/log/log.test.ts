import { afterEach, describe, expect, it, vi } from "vitest";
import { logEvent, redact, runWithRequestId } from "./log.mjs";

describe("server logs", () => {
  afterEach(() => vi.restoreAllMocks());

  function captured(stream: NodeJS.WriteStream) {
    const lines: string[] = [];
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    return lines;
  }

  it("write one JSON line per event with the request id of the request it happened in", () => {
    const out = captured(process.stdout);
    runWithRequestId("abc123def4567890", () => logEvent("info", "search_index_rebuilt", { posts: 3 }));
    expect(out).toHaveLength(1);
    expect(out[0]!.endsWith("\n")).toBe(true);
    expect(JSON.parse(out[0]!)).toEqual({ time: expect.any(String), level: "info", event: "search_index_rebuilt", requestId: "abc123def4567890", posts: 3 });
  });

  it("send warnings and errors to stderr", () => {
    const err = captured(process.stderr);
    logEvent("error", "backup_failed", { error: "disk full" });
    expect(JSON.parse(err[0]!)).toMatchObject({ level: "error", event: "backup_failed", error: "disk full" });
  });

  it("never contain an e-mail address, also not inside an error message from a library", () => {
    const err = captured(process.stderr);
    logEvent("warn", "mail_not_sent", { error: new Error("550 5.1.1 <Jan.de-Vries+nieuws@school.example.nl>: Recipient address rejected") });
    expect(err[0]).not.toContain("school.example.nl");
    expect(JSON.parse(err[0]!).error).toBe("550 5.1.1 <[e-mail]>: Recipient address rejected");
    expect(redact("contact: info@eu-kennisbureau.example and a@b.nl")).toBe("contact: [e-mail] and [e-mail]");
  });
});
