import type { Metadata } from "next";
import Link from "next/link";
import { logout } from "@/app/(site)/inloggen/actions";
import { DashboardNav } from "@/components/redactie/dashboard-nav";
import { countNewQuestions, countPostsByStatus } from "@/db/queries/dashboard";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { postScope, questionScope } from "@/lib/auth/scope";
import { secondFactorSetupRequired } from "@/lib/auth/second-factor";
import { requirePermission } from "@/lib/auth/session";
import { getSiteSettings } from "@/lib/settings/site-settings";
// The dashboard's own stylesheets: readers never load them.
import "@/app/styles/dashboard.css";
import "@/app/styles/editor.css";

export const metadata: Metadata = { title: { default: "Redactie", template: "%s | Redactie" }, robots: { index: false } };

// The shell only; every page and action below checks its own permission as well.
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  // Any staff member; one who still has to set up a required second factor gets the shell without navigation,
  // and every page but the setup page sends them there (requirePermission).
  const user = await requirePermission("account.secondFactor");
  const setupOnly = secondFactorSetupRequired(user);
  const posts = setupOnly ? null : countPostsByStatus({ scope: postScope(user) });
  const counts = { newQuestions: setupOnly ? 0 : countNewQuestions({ scope: questionScope(user) }), inReview: posts?.in_review ?? 0, drafts: posts?.draft ?? 0 };
  return (
    <>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <div className="dashboard">
        <div className="dashboard__bar">
          <div className="dashboard__brand">
            <Link href="/redactie">Redactie</Link>
            <Link className="dashboard__site" href="/">
              {getSiteSettings().siteName}
              <span className="visually-hidden"> (de site)</span>
            </Link>
          </div>
          {!setupOnly && <DashboardNav user={user} counts={counts} />}
          <div className="dashboard__user">
            <span>
              Ingelogd als <strong>{user.name}</strong> ({ROLE_LABELS[user.role].toLowerCase()})
            </span>
            <form action={logout}>
              <button type="submit" className="button button--quiet">
                Uitloggen
              </button>
            </form>
          </div>
        </div>
        <main id="inhoud" className="dashboard__content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
