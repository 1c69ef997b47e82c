import { SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          {SITE_NAME} informeert Nederlandse onderwijs- en kennisinstellingen over Europees beleid.
        </p>
      </div>
    </footer>
  );
}
