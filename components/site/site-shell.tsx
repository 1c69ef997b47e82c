import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
// The public site's stylesheets: only pages inside this shell load them.
import "@/app/styles/site.css";
import "@/app/styles/article.css";
import "@/app/styles/people.css";

/** Header, main landmark and footer of every public page (the (site) layout and the root not-found page). */
export function SiteShell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="inhoud" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
