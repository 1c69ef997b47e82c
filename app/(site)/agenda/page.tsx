import type { Metadata } from "next";
import { AgendaItem } from "@/components/site/agenda-item";
import { listAgenda, type PostSummary } from "@/db/queries/public-lists";

export const metadata: Metadata = { title: "Agenda", description: "Komende en eerdere evenementen en webinars.", alternates: { canonical: "/agenda" } };
export const revalidate = 300;

function AgendaList({ items, empty }: { items: PostSummary[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="agenda-list agenda-list--page">
      {items.map((item) => (
        <AgendaItem key={item.id} item={item} withLead />
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
