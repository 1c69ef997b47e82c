// Started by playwright.front.config.ts: nginx with the shipped site config in front of the app on FRONT_UPSTREAM
// (deploy/nginx/local-nginx.mjs: test ports, a self-signed certificate, a temporary cache).
import { startLocalNginx } from "../deploy/nginx/local-nginx.mjs";

const nginx = startLocalNginx({ httpsPort: Number(process.env.FRONT_HTTPS_PORT), httpPort: Number(process.env.FRONT_HTTP_PORT), upstream: process.env.FRONT_UPSTREAM });
console.log(`nginx in front of ${process.env.FRONT_UPSTREAM}: https://127.0.0.1:${process.env.FRONT_HTTPS_PORT} (files in ${nginx.dir})`);
const stop = () => nginx.process.kill("SIGQUIT");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
nginx.process.on("exit", (code) => {
  if (code) console.error(nginx.errorLog());
  void nginx.stop().then(() => process.exit(code ?? 0));
});
