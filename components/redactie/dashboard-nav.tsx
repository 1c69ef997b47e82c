import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";

export type NavCounts = { newQuestions: number; inReview: number; drafts: number };

function Badge({ count, label }: { count: number; label: string }) {
  if (!count) return null;
  return (
    <span className="badge">
      {count}
      <span className="visually-hidden"> {label}</span>
    </span>
  );
}

/** The sidebar's navigation, with what waits: new questions, posts waiting for review, drafts. */
export function DashboardNav({ user, counts }: { user: CurrentUser; counts: NavCounts }) {
  const groups = [
    [
      { href: "/redactie", label: "Overzicht", show: true },
      { href: "/redactie/berichten", label: "Berichten", show: true },
      { href: "/redactie/berichten?status=in_review", label: "Ter beoordeling", show: true, sub: true, badge: <Badge count={counts.inReview} label="ter beoordeling" /> },
      { href: "/redactie/berichten?status=draft", label: "Concepten", show: true, sub: true, badge: <Badge count={counts.drafts} label="concepten" /> },
      { href: "/redactie/vragen", label: "Vragen", show: true, badge: <Badge count={counts.newQuestions} label="nieuw" /> },
    ],
    [
      { href: "/redactie/medewerkers", label: "Medewerkers", show: can(user, "person.manage") },
      { href: "/redactie/media", label: "Media", show: can(user, "media.upload") },
      { href: "/redactie/nieuwsbrief", label: "Nieuwsbrief", show: can(user, "newsletter.manage") },
    ],
    [
      { href: "/redactie/gebruikers", label: "Gebruikers", show: can(user, "user.manage") },
      { href: "/redactie/instellingen", label: "Instellingen", show: can(user, "settings.manage") },
      { href: "/redactie/systeem", label: "Systeem", show: can(user, "system.view") },
      { href: "/redactie/account", label: "Account", show: true },
    ],
  ];
  return (
    <nav aria-label="Redactie" className="dashboard-nav">
      {groups.map((items, i) => (
        <ul key={i}>
          {items
            .filter((item) => item.show)
            .map((item) => (
              <li key={item.href} className={"sub" in item && item.sub ? "dashboard-nav__sub" : undefined}>
                <Link href={item.href}>
                  <span>{item.label}</span>{" "}
                  {"badge" in item ? item.badge : null}
                </Link>
              </li>
            ))}
        </ul>
      ))}
    </nav>
  );
}
