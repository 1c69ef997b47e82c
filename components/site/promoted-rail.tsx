import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import type { RailEntry } from "@/lib/article-rail";

// Labels say what each item is, as on the reference page ("Highlighted", "Watch Now", "Analyse", "REGISTREER NU").
export function PromotedRail({ items }: { items: RailEntry[] }) {
  if (items.length === 0) return null;
  return (
    <nav className="promoted-rail" aria-labelledby="ook-interessant">
      <h2 id="ook-interessant">Ook interessant</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key} data-promoted={item.slot ?? "curated"} lang={item.language === "en" ? "en" : undefined}>
            {item.external ? (
              <a href={item.href} rel="noopener">
                <RailText item={item} />
              </a>
            ) : (
              <Link href={item.href}>
                <RailText item={item} />
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function RailText({ item }: { item: RailEntry }) {
  return (
    <>
      <span className="promoted-rail__label" lang="nl">
        {item.label}:
      </span>{" "}
      {item.title}
      {item.date && (
        <>
          {" "}
          <DateTime value={item.date} className="promoted-rail__date" />
        </>
      )}
    </>
  );
}
