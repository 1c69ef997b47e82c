import Link from "next/link";
import { countNewQuestions, countPostsByStatus } from "@/db/queries/dashboard";
import { postScope, questionScope } from "@/lib/auth/scope";
import { requirePermission } from "@/lib/auth/session";

export default async function DashboardPage() {
  const user = await requirePermission("dashboard.view", "/redactie");
  const posts = countPostsByStatus({ scope: postScope(user) });
  const questions = countNewQuestions({ scope: questionScope(user) });
  const tiles = [
    { label: "Concepten", value: posts.draft, href: "/redactie/berichten?status=draft" },
    { label: "Ter beoordeling", value: posts.in_review, href: "/redactie/berichten?status=in_review" },
    { label: "Ingepland", value: posts.scheduled, href: "/redactie/berichten?status=scheduled" },
    { label: "Nieuwe vragen", value: questions, href: "/redactie/vragen?status=new" },
  ];
  return (
    <>
      <h1 className="page-title">Welkom, {user.name}</h1>
      <ul className="stat-tiles" aria-label="Overzicht">
        {tiles.map((tile) => (
          <li key={tile.label}>
            <Link href={tile.href}>
              <span className="stat-tiles__value">{tile.value}</span>
              <span className="stat-tiles__label">{tile.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
