import { FilterSelect } from "@/components/ui/filter-select";
import { KIND_LABELS } from "@/lib/post-meta";
import { POST_KINDS, type PostKind } from "@/db/schema";

/** Filters for /nieuws as a plain GET form: real links and the back button keep working. */
export function ListFilters({ sections, years, current }: { sections: { id: number; name: string }[]; years: number[]; current: { kind?: PostKind; sectionId?: number; year?: number } }) {
  return (
    <form method="get" className="filter-bar" aria-label="Berichten filteren">
      <FilterSelect id="filter-kind" name="soort" label="Soort" allLabel="Alle soorten" value={current.kind} options={POST_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
      <FilterSelect id="filter-section" name="rubriek" label="Rubriek" allLabel="Alle rubrieken" value={current.sectionId} options={sections.map((s) => ({ value: s.id, label: s.name }))} />
      <FilterSelect id="filter-year" name="jaar" label="Jaar" allLabel="Alle jaren" value={current.year} options={years.map((y) => ({ value: y, label: String(y) }))} />
      <button type="submit" className="button button--quiet">Filteren</button>
    </form>
  );
}
