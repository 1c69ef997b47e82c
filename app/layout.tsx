import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { getSiteSettings } from "@/lib/settings/site-settings";
import { siteUrl } from "@/lib/site";
// Tokens and elements every page shares; the public site (app/(site)/layout.tsx) and the dashboard
// (app/redactie/layout.tsx) each import their own stylesheets, so a reader never downloads the dashboard's.
import "./styles/base.css";
import "./styles/forms.css";

const inter = localFont({
  // One variable upright file; the browser slants it for the little italic we use, saving a second download.
  src: [{ path: "./fonts/inter-latin-wght-normal.woff2", style: "normal", weight: "100 900" }],
  display: "swap",
  // base.css builds --font-sans on this name; the same name there would override it.
  variable: "--font-inter",
});

// The name comes from the site settings (SITE_NAME is only its first-run default); saving them refreshes every page.
export function generateMetadata(): Metadata {
  const siteName = getSiteSettings().siteName;
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: siteName, template: `%s | ${siteName}` },
    description: "Nieuws en analyses over Europees onderwijs-, onderzoeks- en innovatiebeleid.",
    openGraph: { siteName, locale: "nl_NL", type: "website" },
    twitter: { card: "summary_large_image" },
    alternates: { types: { "application/rss+xml": "/feed.xml", "application/atom+xml": "/atom.xml" } },
  };
}

export const viewport: Viewport = { themeColor: "#0b3a5d" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl" className={inter.variable}>
      <body>{children}</body>
    </html>
  );
}
