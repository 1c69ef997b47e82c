import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native module: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  // forbidden(): a dashboard page a signed-in user may not open answers 403 with its own page.
  // Server actions: the post editor's largest body (lib/http/body-limits.ts, which proxy.ts enforces first with a
  // Dutch 413; public forms get far less). Image uploads go to a route handler with its own limit.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
