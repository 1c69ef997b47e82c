// Renders deploy/nginx/newsroom.conf for another machine or a test: the shipped file with its ports, certificate
// paths, cache directory and upstream replaced, and nothing else. Each replaced text must occur exactly as often as
// expected, so an edit to the shipped file that the tests would no longer cover fails loudly here.
//
//   node deploy/nginx/render.mjs --https-port 3180 --http-port 3181 --cert c.pem --key k.pem \
//     --cache-dir /tmp/cache --upstream 127.0.0.1:3160 > site.conf
import fs from "node:fs";
import { fileURLToPath } from "node:url";

export const SHIPPED_CONFIG = fileURLToPath(new URL("./newsroom.conf", import.meta.url));

/**
 * @param {{ httpsPort: number, httpPort: number, cert: string, key: string, cacheDir: string, upstream: string, listenAddress?: string }} o
 * @returns {string}
 */
export function renderSiteConfig({ httpsPort, httpPort, cert, key, cacheDir, upstream, listenAddress = "127.0.0.1" }) {
  const replacements = [
    ["server 127.0.0.1:3000;", `server ${upstream};`, 1],
    ["/var/cache/nginx/", `${cacheDir.replace(/\/+$/, "")}/`, 2],
    ["listen 80;", `listen ${listenAddress}:${httpPort};`, 1],
    ["listen [::]:80;", "# (IPv6 listener left out)", 1],
    ["listen 443 ssl http2;", `listen ${listenAddress}:${httpsPort} ssl http2;`, 1],
    ["listen [::]:443 ssl http2;", "# (IPv6 listener left out)", 1],
    ["return 301 https://$host$request_uri;", `return 301 https://$host:${httpsPort}$request_uri;`, 1],
    ["/etc/letsencrypt/live/nieuws.example.org/fullchain.pem", cert, 1],
    ["/etc/letsencrypt/live/nieuws.example.org/privkey.pem", key, 1],
  ];
  let text = fs.readFileSync(SHIPPED_CONFIG, "utf8");
  for (const [from, to, times] of replacements) {
    const found = text.split(from).length - 1;
    if (found !== times) throw new Error(`deploy/nginx/newsroom.conf: expected "${from}" ${times} time(s), found ${found}`);
    text = text.split(from).join(to);
  }
  return text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = (await import("node:util")).parseArgs({
    options: {
      "https-port": { type: "string", default: "443" },
      "http-port": { type: "string", default: "80" },
      cert: { type: "string" },
      key: { type: "string" },
      "cache-dir": { type: "string", default: "/var/cache/nginx" },
      upstream: { type: "string", default: "127.0.0.1:3000" },
      "listen-address": { type: "string", default: "127.0.0.1" },
    },
  });
  if (!values.cert || !values.key) {
    console.error("Usage: node deploy/nginx/render.mjs --cert FILE --key FILE [--https-port N] [--http-port N] [--cache-dir DIR] [--upstream HOST:PORT]");
    process.exit(2);
  }
  process.stdout.write(
    renderSiteConfig({
      httpsPort: Number(values["https-port"]),
      httpPort: Number(values["http-port"]),
      cert: values.cert,
      key: values.key,
      cacheDir: values["cache-dir"],
      upstream: values.upstream,
      listenAddress: values["listen-address"],
    }),
  );
}
