import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { SITE_NAME, siteUrl } from "@/lib/site";
// One stylesheet per area; Next.js bundles them into as few files as it can.
import "./styles/base.css";
import "./styles/site.css";
import "./styles/article.css";
import "./styles/people.css";
import "./styles/forms.css";
import "./styles/dashboard.css";
import "./styles/editor.css";

const inter = localFont({
  // One variable upright file; the browser slants it for the little italic we use, saving a second download.
  src: [{ path: "./fonts/inter-latin-wght-normal.woff2", style: "normal", weight: "100 900" }],
  display: "swap",
  variable: "--font-sans",
});

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
  description: "Nieuws en analyses over Europees onderwijs-, onderzoeks- en innovatiebeleid.",
  openGraph: { siteName: SITE_NAME, locale: "nl_NL", type: "website" },
  twitter: { card: "summary_large_image" },
  alternates: { types: { "application/rss+xml": "/feed.xml", "application/atom+xml": "/atom.xml" } },
};

export const viewport: Viewport = { themeColor: "#0b3a5d" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl" className={inter.variable}>
      <body>
        <SiteHeader />
        <main id="inhoud" className="site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
