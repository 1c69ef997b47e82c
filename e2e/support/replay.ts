import { expect, type Page, type PlaywrightWorkerArgs, type Route } from "@playwright/test";

/** One request exactly as the browser sent it: a server action (POST with a Next-Action header) or a form post. */
export type CapturedRequest = { url: string; headers: Record<string, string>; body: Buffer };

/**
 * Runs `submit` on the page and returns the first POST it sends, stopped before it reaches the server, so the
 * same bytes can be replayed with someone else's cookies (or none). Every later POST from this page (an autosave)
 * is stopped too, so only replays change anything.
 */
export async function captureRequest(page: Page, submit: () => Promise<void>): Promise<CapturedRequest> {
  let captured: CapturedRequest | undefined;
  await page.route("**/*", async (route: Route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured ??= { url: request.url(), headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    return route.abort();
  });
  await submit();
  await expect.poll(() => captured, { message: "the page sent no POST request" }).toBeDefined();
  return captured!;
}

export type Answer = { status: number; location: string | undefined; text: string };

// Headers that belong to the original connection or identity, not to the request itself.
const NOT_REPLAYED = new Set(["cookie", "content-length", "host", "connection"]);

/**
 * Sends a captured request again, as whoever `cookie` belongs to (no cookie: an anonymous visitor). Each replay
 * gets a fresh request context, so no cookie set by one answer leaks into the next replay.
 */
export async function replay(playwright: PlaywrightWorkerArgs["playwright"], captured: CapturedRequest, cookie?: string): Promise<Answer> {
  const url = new URL(captured.url);
  const context = await playwright.request.newContext({ baseURL: url.origin });
  try {
    const headers = Object.fromEntries(Object.entries(captured.headers).filter(([name]) => !NOT_REPLAYED.has(name) && !name.startsWith(":")));
    const response = await context.post(url.pathname + url.search, { headers: { ...headers, ...(cookie ? { cookie } : {}) }, data: captured.body, maxRedirects: 0 });
    return { status: response.status(), location: response.headers()["location"], text: await response.text() };
  } finally {
    await context.dispose();
  }
}

/**
 * Chromium hands an intercepted upload over without the file's bytes; this puts them back into the multipart body
 * (binary-safe through latin1), so a replayed upload carries the real image.
 */
export function withFileContents(captured: CapturedRequest, fileName: string, bytes: Buffer): CapturedRequest {
  const boundary = captured.headers["content-type"]?.match(/boundary=(.+)$/)?.[1];
  if (!boundary) throw new Error("the captured request is not multipart");
  const body = captured.body.toString("latin1");
  const head = body.match(new RegExp(`filename="${fileName.replace(/\./g, "\\.")}"\r\n(?:[^\r]+\r\n)*\r\n`));
  if (!head || head.index === undefined) throw new Error(`no file part named ${fileName} in the captured request`);
  const start = head.index + head[0].length;
  const end = body.indexOf(`\r\n--${boundary}`, start);
  return { ...captured, body: Buffer.from(body.slice(0, start) + bytes.toString("latin1") + body.slice(end), "latin1") };
}

/** A session cookie that is not signed by the server: it gets past the proxy's convenience redirect, not further. */
export const FORGED_SESSION = "authjs.session-token=vervalst";
