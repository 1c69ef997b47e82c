// Runs the shipped site config (newsroom.conf, rendered by render.mjs) on loopback as the current user, with a
// self-signed certificate and every file nginx writes inside one temporary folder. Used by the front door tests
// (e2e-front/start-nginx.mjs) and the benchmark (bench/front-cache.mjs); not part of a real deployment.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderSiteConfig } from "./render.mjs";

/**
 * `staticSite` adds a second https server that serves a folder from disk with the same TLS and gzip settings: the
 * benchmark's yardstick for what nginx alone can do on this machine.
 * @param {{ httpsPort: number, httpPort: number, upstream: string, nginx?: string, stdio?: "inherit" | "ignore", staticSite?: { port: number, root: string } }} o
 * @returns {{ dir: string, process: import("node:child_process").ChildProcess, errorLog: () => string, stop: () => Promise<void> }}
 */
export function startLocalNginx({ httpsPort, httpPort, upstream, nginx = process.env.NGINX_PATH || "/usr/sbin/nginx", stdio = "inherit", staticSite }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-nginx-"));
  const temp = (name) => path.join(dir, name);
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", temp("key.pem"), "-out", temp("cert.pem")], { stdio: "ignore" });
  fs.writeFileSync(temp("site.conf"), renderSiteConfig({ httpsPort, httpPort, cert: temp("cert.pem"), key: temp("key.pem"), cacheDir: temp("cache"), upstream }));
  fs.mkdirSync(temp("cache"));

  // The parts of Debian's /etc/nginx/nginx.conf a site relies on, with every path moved into the temporary folder.
  // As root, nginx would hand its workers to "nobody", who cannot write here: keep them as the current user.
  const user = process.getuid?.() === 0 ? "user root;\n" : "";
  fs.writeFileSync(
    temp("nginx.conf"),
    `${user}daemon off;
worker_processes 1;
pid ${temp("nginx.pid")};
error_log ${temp("error.log")} warn;
events { worker_connections 1024; }
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
${staticSite ? staticServer(staticSite, temp) : ""}}
`,
  );
  const args = ["-p", dir, "-c", temp("nginx.conf"), "-e", temp("error.log")];
  execFileSync(nginx, [...args, "-t", "-q"], { stdio: "inherit" });
  const child = spawn(nginx, args, { stdio });
  const errorLog = () => (fs.existsSync(temp("error.log")) ? fs.readFileSync(temp("error.log"), "utf8") : "");
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGQUIT");
    }).then(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { dir, process: child, errorLog, stop };
}

function staticServer({ port, root }, temp) {
  return `    server {
        listen 127.0.0.1:${port} ssl http2;
        ssl_certificate ${temp("cert.pem")};
        ssl_certificate_key ${temp("key.pem")};
        ssl_protocols TLSv1.2 TLSv1.3;
        ssl_session_cache shared:bench_tls:1m;
        gzip on;
        gzip_vary on;
        # A file.gz beside the file is sent as it is: nginx at its best, no compression per request.
        gzip_static on;
        root ${root};
    }
`;
}
