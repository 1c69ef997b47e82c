import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/redactie", "/inloggen", "/api/", "/zoeken", "/contact/verzonden", "/wachtwoord-instellen"] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
