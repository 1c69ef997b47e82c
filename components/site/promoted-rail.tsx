import Link from "next/link";
import type { PostSummary, PromotedItems } from "@/db/queries/public-lists";
import { postPath } from "@/lib/post-meta";

// Labels say what each item is, as on the reference page ("Highlighted", "Watch Now", "Analyse", "REGISTREER NU").
const RAIL: { key: keyof PromotedItems; label: string }[] = [
  { key: "highlighted", label: "Uitgelicht" },
  { key: "webinar", label: "Terugkijken" },
  { key: "analysis", label: "Analyse" },
  { key: "event", label: "Registreer nu" },
];

export function PromotedRail({ items }: { items: PromotedItems }) {
  const entries = RAIL.map(({ key, label }) => ({ key, label, post: items[key] })).filter(
    (entry): entry is { key: keyof PromotedItems; label: string; post: PostSummary } => entry.post !== null,
  );
  if (entries.length === 0) return null;
  return (
    <nav className="promoted-rail" aria-labelledby="ook-interessant">
      <h2 id="ook-interessant">Ook interessant</h2>
      <ul>
        {entries.map(({ key, label, post }) => (
          <li key={key} data-promoted={key} lang={post.language === "en" ? "en" : undefined}>
            <Link href={postPath(post)}>
              <span className="promoted-rail__label" lang="nl">
                {label}:
              </span>{" "}
              {post.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
