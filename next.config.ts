import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native module: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  // forbidden(): a dashboard page a signed-in user may not open answers 403 with its own page.
  // Image uploads go through a server action; the media library refuses files over 8 MB itself.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "10mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.SITE_URL) }];
  },
};

export default nextConfig;
