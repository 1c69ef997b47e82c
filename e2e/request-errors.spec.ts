import http from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { hiddenActionFields } from "./support/action-fields";
import { uniqueIp } from "./support/questions";
import { pageAs } from "./support/accounts";

const ELEVEN_MB = "a".repeat(11 * 1024 * 1024);
const ENGLISH = /too big|too small|invalid|expected|internal server error|server action/i;

/** The no-JavaScript action fields of the form on `path`, as a browser would send them. */
async function actionFieldsOn(request: APIRequestContext, path: string) {
  return hiddenActionFields(await (await request.get(path)).text());
}

async function expectDutchPage(response: { status(): number; text(): Promise<string> }, status: number) {
  expect(response.status()).toBe(status);
  const text = await response.text();
  expect(text).toContain('lang="nl"');
  expect(text).not.toMatch(ENGLISH);
}

/** A POST with a chunked body (no Content-Length), sent in 1 MB pieces. */
function postChunked(url: string, contentType: string, megabytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers: { "Content-Type": contentType, "X-Forwarded-For": uniqueIp() } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, body }));
    });
    req.on("error", reject);
    const piece = Buffer.alloc(1024 * 1024, "a");
    const write = (left: number) => {
      if (left === 0) return req.end();
      if (req.write(piece)) write(left - 1);
      else req.once("drain", () => write(left - 1));
    };
    req.write("--grens\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\n");
    write(megabytes);
  });
}

test.describe("a body that is too large", () => {
  test("sent to the question form answers 413 with a Dutch page", async ({ request }) => {
    const fields = await actionFieldsOn(request, "/contact");
    expect(Object.keys(fields).length).toBeGreaterThan(0);
    const response = await request.post("/contact", {
      multipart: { ...fields, name: "Lezer", email: "lezer@example.nl", message: ELEVEN_MB },
      headers: { "X-Forwarded-For": uniqueIp() },
    });
    await expectDutchPage(response, 413);
  });

  test("sent to the login page answers 413 with a Dutch page", async ({ request }) => {
    const fields = await actionFieldsOn(request, "/inloggen");
    const response = await request.post("/inloggen", {
      multipart: { ...fields, email: "iemand@example.nl", password: ELEVEN_MB },
      headers: { "X-Forwarded-For": uniqueIp() },
    });
    await expectDutchPage(response, 413);
  });

  test("sent in chunks without Content-Length also answers 413 in Dutch", async ({ baseURL }) => {
    const response = await postChunked(`${baseURL}/inloggen`, "multipart/form-data; boundary=grens", 11);
    expect(response.status).toBe(413);
    expect(response.body).not.toMatch(ENGLISH);
  });

  test("sent as a server action with JavaScript answers 413", async ({ request, baseURL }) => {
    const response = await request.post("/inloggen", {
      multipart: { "1_email": "iemand@example.nl", "1_password": ELEVEN_MB, "0": '["$K1"]' },
      headers: { "Next-Action": "0".repeat(42), Origin: baseURL!, "X-Forwarded-For": uniqueIp() },
    });
    await expectDutchPage(response, 413);
  });
});

test.describe("a tampered server action", () => {
  test("an unknown action id in the Next-Action header answers 400 in Dutch", async ({ request, baseURL }) => {
    for (const id of ["0".repeat(42), "niet-een-actie"]) {
      const response = await request.post("/inloggen", { multipart: { "0": "[]" }, headers: { "Next-Action": id, Origin: baseURL! } });
      await expectDutchPage(response, 400);
    }
  });

  test("an unknown or malformed action field in a form without JavaScript answers 400 in Dutch", async ({ request }) => {
    const fields = await actionFieldsOn(request, "/inloggen");
    const descriptorKey = Object.keys(fields).find((k) => /^\$ACTION_\d+:0$/.test(k))!;
    const boundKey = descriptorKey.replace(/:0$/, ":1");
    const realId = JSON.parse(fields[descriptorKey]!).id as string;
    const otherId = realId.replace(/.$/, (c) => (c === "0" ? "1" : "0"));
    const tampered = [
      { ...fields, [descriptorKey]: fields[descriptorKey]!.replace(realId, otherId) },
      { ...fields, [boundKey]: "geknoeid" },
      { ...fields, [descriptorKey]: "geknoeid" },
      { [`$ACTION_ID_${otherId}`]: "" },
    ];
    for (const form of tampered) {
      const response = await request.post("/inloggen", { multipart: { ...form, email: "iemand@example.nl", password: "x" }, headers: { "X-Forwarded-For": uniqueIp() } });
      await expectDutchPage(response, 400);
    }
  });
});

test.describe("messages for over-long fields are Dutch", () => {
  test("a password over 1,024 characters and an e-mail address over 254 on the login page", async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": uniqueIp() } });
    const page = await context.newPage();
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill(`${"a".repeat(250)}@example.nl`);
    await page.getByLabel("Wachtwoord").fill("w".repeat(1025));
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.locator("#veld-email-fout")).toHaveText("Fout: Dit e-mailadres is te lang.");
    await expect(page.locator("#veld-password-fout")).toHaveText("Fout: Een wachtwoord mag hoogstens 1.024 tekens lang zijn.");
    await expect(page.locator("main form")).not.toContainText(ENGLISH);
  });

  test("a registration link over 2,048 characters in the post editor", async ({ browser }) => {
    const page = await pageAs(browser, "editor");
    await page.goto("/redactie/berichten/nieuw");
    await page.getByLabel("Titel", { exact: true }).fill("Webinar met een te lange aanmeldlink");
    await page.getByLabel("Soort").selectOption("webinar");
    await page.getByLabel("Aanmeldlink").fill(`https://example.nl/${"a".repeat(2100)}`);
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await expect(page.locator("#veld-registrationUrl-fout")).toHaveText("Fout: Aanmeldlink: een webadres mag hoogstens 2.048 tekens lang zijn.");
    await expect(page.locator("#veld-registrationUrl-fout")).not.toContainText(ENGLISH);
  });
});
