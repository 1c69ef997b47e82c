import type { Metadata } from "next";
import Link from "next/link";
import { CardThumbnail } from "@/components/site/post-image";
import { PostMeta } from "@/components/site/post-meta";
import { listAgenda, type PostSummary } from "@/db/queries/public-lists";
import { postPath } from "@/lib/post-meta";

export const metadata: Metadata = { title: "Agenda", description: "Komende en eerdere evenementen en webinars.", alternates: { canonical: "/agenda" } };
export const revalidate = 300;

function AgendaList({ items, empty }: { items: PostSummary[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="agenda-list">
      {items.map((item) => (
        <li key={item.id}>
          <CardThumbnail image={item.image} />
          <PostMeta kind={item.kind} date={item.eventStartsAt} withTime />
          <h3 className="post-card__title">
            <Link href={postPath(item)}>{item.title}</Link>
          </h3>
          <p className="post-card__lead">{item.lead}</p>
        </li>
      ))}
    </ul>
  );
}

export default function AgendaPage() {
  return (
    <>
      <h1 className="page-title">Agenda</h1>
      <section aria-labelledby="komend">
        <h2 id="komend">Komende evenementen en webinars</h2>
        <AgendaList items={listAgenda({ when: "upcoming", limit: 30 })} empty="Er staan nog geen nieuwe evenementen gepland." />
      </section>
      <section aria-labelledby="eerder">
        <h2 id="eerder">Eerder (terugkijken)</h2>
        <AgendaList items={listAgenda({ when: "past", limit: 30 })} empty="Nog geen eerdere evenementen." />
      </section>
    </>
  );
}
