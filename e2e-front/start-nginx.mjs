// Started by playwright.front.config.ts: nginx with the shipped site config (deploy/nginx/newsroom.conf, rendered
// with test ports, a self-signed certificate and a temporary cache) in front of the app on FRONT_UPSTREAM.
// Runs nginx in the foreground as the current user, with every file it writes inside one temporary folder.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderSiteConfig } from "../deploy/nginx/render.mjs";

const nginx = process.env.NGINX_PATH || "/usr/sbin/nginx";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-nginx-"));
const cert = path.join(dir, "cert.pem");
const key = path.join(dir, "key.pem");
execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert], { stdio: "ignore" });

const site = renderSiteConfig({
  httpsPort: Number(process.env.FRONT_HTTPS_PORT),
  httpPort: Number(process.env.FRONT_HTTP_PORT),
  cert,
  key,
  cacheDir: path.join(dir, "cache"),
  upstream: process.env.FRONT_UPSTREAM,
});
fs.writeFileSync(path.join(dir, "site.conf"), site);
fs.mkdirSync(path.join(dir, "cache"));

// The parts of Debian's /etc/nginx/nginx.conf a site relies on, with every path moved into the temporary folder.
// As root, nginx would hand its workers to "nobody", who cannot write here: keep them as the current user.
const user = process.getuid?.() === 0 ? "user root;\n" : "";
const temp = (name) => path.join(dir, name);
fs.writeFileSync(
  path.join(dir, "nginx.conf"),
  `${user}daemon off;
worker_processes 1;
pid ${temp("nginx.pid")};
error_log ${temp("error.log")} warn;
events { worker_connections 512; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${temp("access.log")};
    client_body_temp_path ${temp("body")};
    proxy_temp_path ${temp("proxy")};
    fastcgi_temp_path ${temp("fastcgi")};
    uwsgi_temp_path ${temp("uwsgi")};
    scgi_temp_path ${temp("scgi")};
    include ${temp("site.conf")};
}
`,
);

const args = ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", temp("error.log")];
execFileSync(nginx, [...args, "-t", "-q"], { stdio: "inherit" });
const server = spawn(nginx, args, { stdio: "inherit" });
console.log(`nginx in front of ${process.env.FRONT_UPSTREAM}: https://127.0.0.1:${process.env.FRONT_HTTPS_PORT} (files in ${dir})`);
const stop = () => server.kill("SIGQUIT");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  const log = fs.existsSync(temp("error.log")) ? fs.readFileSync(temp("error.log"), "utf8") : "";
  if (code) console.error(log);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
