import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";

export function DashboardNav({ user, newQuestions }: { user: CurrentUser; newQuestions: number }) {
  const items = [
    { href: "/redactie", label: "Overzicht", show: true },
    { href: "/redactie/berichten", label: "Berichten", show: true },
    { href: "/redactie/vragen", label: "Vragen", show: true, badge: newQuestions },
    { href: "/redactie/medewerkers", label: "Medewerkers", show: can(user, "person.manage") },
    { href: "/redactie/media", label: "Media", show: can(user, "media.upload") },
    { href: "/redactie/nieuwsbrief", label: "Nieuwsbrief", show: can(user, "newsletter.manage") },
    { href: "/redactie/gebruikers", label: "Gebruikers", show: can(user, "user.manage") },
    { href: "/redactie/systeem", label: "Systeem", show: can(user, "system.view") },
    { href: "/redactie/account", label: "Account", show: true },
  ];
  return (
    <nav aria-label="Redactie" className="dashboard-nav">
      <ul>
        {items
          .filter((item) => item.show)
          .map((item) => (
            <li key={item.href}>
              <Link href={item.href}>
                {item.label}
                {item.badge ? (
                  <span className="badge">
                    {item.badge}
                    <span className="visually-hidden"> nieuw</span>
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}
