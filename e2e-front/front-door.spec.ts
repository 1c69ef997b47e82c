// nginx with deploy/nginx/newsroom.conf in front of the production server (TRUSTED_PROXY_HOPS=1), as deployed.
import { expect, test, type APIResponse } from "@playwright/test";
import { demoPost, englishArticle, referenceArticle } from "../e2e/demo-content";
import { PostEditor } from "../e2e/pages/post-editor";
import { cookieHeader, logIn } from "../e2e/support/accounts";
import { queryDatabase } from "../e2e/support/database";
import { formFields, uniqueEmail } from "../e2e/support/questions";

const cacheStatus = (r: APIResponse) => r.headers()["x-cache-status"];
const setCookies = (r: APIResponse) => r.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie");
const httpPort = Number(process.env.FRONT_HTTP_PORT);

test.describe("the micro-cache", () => {
  test("an anonymous reader's second request for an article is served by nginx, without cookies", async ({ request }) => {
    const first = await request.get(referenceArticle.path);
    expect(first.status()).toBe(200);
    const second = await request.get(referenceArticle.path);
    expect(second.status()).toBe(200);
    expect(cacheStatus(second)).toBe("HIT");
    expect(setCookies(second)).toEqual([]);
    expect(await second.text()).toContain(referenceArticle.title);
  });

  test("a signed-in editor is never served from the cache, and what they get is never stored", async ({ page, playwright, request }) => {
    // Readers have filled the cache.
    await request.get(englishArticle.path);
    expect(cacheStatus(await request.get(englishArticle.path))).toBe("HIT");

    await logIn(page, "editor");
    const cookies = await cookieHeader(page);
    expect(cookies).toMatch(/(__Secure-)?authjs\.session-token=/);
    const editor = await playwright.request.newContext({ extraHTTPHeaders: { cookie: cookies } });
    for (let n = 0; n < 2; n++) {
      const response = await editor.get(englishArticle.path);
      expect(response.status()).toBe(200);
      expect(cacheStatus(response)).toBe("BYPASS");
    }
    await editor.dispose();
    // Readers still get their own copy, not the editor's.
    const reader = await request.get(englishArticle.path);
    expect(["HIT", "EXPIRED", "STALE", "UPDATING", "MISS"]).toContain(cacheStatus(reader));
    expect(setCookies(reader)).toEqual([]);
  });

  test("no response that sets a cookie is ever served from the cache", async ({ request }) => {
    // The login page and a public form page set cookies (Auth.js CSRF, the form's own); none of them comes from the cache.
    for (const path of ["/inloggen", "/contact", "/", referenceArticle.path, "/api/auth/csrf"]) {
      for (let n = 0; n < 2; n++) {
        const response = await request.get(path);
        if (setCookies(response).length) expect(cacheStatus(response), path).not.toBe("HIT");
      }
    }
  });

  test("the dashboard, logging in, the API and the confirmation page are never cached", async ({ request }) => {
    for (const path of ["/inloggen", "/redactie", "/api/gezondheid", "/contact/verzonden"]) {
      await request.get(path, { maxRedirects: 0 });
      const again = await request.get(path, { maxRedirects: 0 });
      expect(cacheStatus(again), path).toBeUndefined();
    }
  });

  test("a change an editor publishes is visible through the cache within its lifetime plus a second", async ({ page, request }) => {
    const post = demoPost("digitale-vaardigheden-actieplan-halverwege");
    await request.get(post.path);
    expect(cacheStatus(await request.get(post.path))).toBe("HIT");

    const { id } = queryDatabase<{ id: number }>("select id from posts where slug = ?", post.slug)[0]!;
    await logIn(page, "editor");
    const editor = new PostEditor(page);
    await editor.open(id);
    const title = "Actieplan digitale vaardigheden: nieuwe kop door nginx";
    await editor.title().fill(title);
    // A published post's edits wait until "Bijwerken" publishes them.
    await editor.submit("Bijwerken");
    await expect(editor.message).toHaveText("Bijgewerkt. De wijzigingen staan nu op de site.");

    // The micro-cache keeps a page for 5 seconds.
    await expect.poll(async () => (await request.get(post.path)).text(), { timeout: 6_000, intervals: [250] }).toContain(title);
  });
});

test.describe("the front door", () => {
  test("plain http redirects to https", async ({ playwright }) => {
    const http = await playwright.request.newContext();
    const response = await http.get(`http://127.0.0.1:${httpPort}/nieuws?pagina=2`, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers().location).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/nieuws\?pagina=2$/);
    await http.dispose();
  });

  test("https answers carry exactly one HSTS header", async ({ request }) => {
    const response = await request.get("/");
    const hsts = response.headersArray().filter((h) => h.name.toLowerCase() === "strict-transport-security");
    expect(hsts).toHaveLength(1);
    expect(hsts[0]!.value).toContain("max-age=63072000");
  });

  test("the internal jobs route cannot be reached from outside", async ({ request }) => {
    expect((await request.get("/api/intern/taken")).status()).toBe(403);
    expect((await request.post("/api/intern/taken", { data: {} })).status()).toBe(403);
    expect((await request.post("/api/intern/taken/", { headers: { authorization: "Bearer x" } })).status()).toBe(403);
  });

  test("build assets are served with year-long immutable cache headers, the second time by nginx", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const asset = html.match(/\/_next\/static\/[^"']+\.js/)?.[0];
    expect(asset).toBeTruthy();
    await request.get(asset!);
    const response = await request.get(asset!);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(cacheStatus(response)).toBe("HIT");
  });

  test("a body larger than a public form needs is refused by nginx", async ({ request }) => {
    const response = await request.post("/contact", { data: "x".repeat(300 * 1024), headers: { "content-type": "text/plain" } });
    expect(response.status()).toBe(413);
  });

  test("a made-up X-Forwarded-For does not dodge the question limit: the sixth question from one address is refused", async ({ page, playwright, baseURL }) => {
    await page.goto("/contact");
    const fields = await formFields(page);
    await page.waitForTimeout(3200);
    const client = await playwright.request.newContext({ baseURL, ignoreHTTPSErrors: true });
    const send = (n: number) =>
      client.post("/contact", {
        multipart: { ...fields, name: `Vermomde vrager ${n}`, email: uniqueEmail(`vermomd-${n}`), message: `Vraag nummer ${n}` },
        // Each claims to come from somewhere else; nginx appends the real address, which the app reads.
        headers: { "x-forwarded-for": `203.0.113.${n}` },
        maxRedirects: 0,
      });
    for (let n = 1; n <= 5; n++) expect((await send(n)).status()).toBe(303);
    const refused = await send(6);
    expect(refused.status()).toBe(200);
    expect(await refused.text()).toContain("U heeft kort na elkaar veel vragen gestuurd. Probeer het over");
    expect(queryDatabase("select id from questions where name = 'Vermomde vrager 6'")).toHaveLength(0);
    await client.dispose();
  });
});
