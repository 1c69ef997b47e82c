import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next's in-memory page cache (default 50 MB): 1,000 distinct articles of ~50 KB HTML plus ~50 KB RSC payload are
  // ~100 MB. PAGE_CACHE_MB (read when the server starts) lets an office size it for its own working set.
  cacheMaxMemorySize: Number(process.env.PAGE_CACHE_MB || 256) * 1024 * 1024,
  // Native module: load it from node_modules at run time instead of bundling it. React Email's render imports
  // react-dom/server, which the server components' bundle refuses; loaded from node_modules it gets Node's copy.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@react-email/components", "@react-email/render"],
  // forbidden(): a dashboard page a signed-in user may not open answers 403 with its own page.
  // Server actions: the post editor's largest body (lib/http/body-limits.ts, which proxy.ts enforces first with a
  // Dutch 413; public forms get far less). Image uploads go to a route handler with its own limit.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.SITE_URL) }];
  },
};

export default nextConfig;
