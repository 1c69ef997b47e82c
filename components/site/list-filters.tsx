import { KIND_LABELS } from "@/lib/post-meta";
import { POST_KINDS, type PostKind } from "@/db/schema";

/** Filters for /nieuws as a plain GET form: real links and the back button keep working. */
export function ListFilters({ sections, years, current }: { sections: { id: number; name: string }[]; years: number[]; current: { kind?: PostKind; sectionId?: number; year?: number } }) {
  return (
    <form method="get" className="filter-bar" aria-label="Berichten filteren">
      <div className="field">
        <label htmlFor="filter-kind">Soort</label>
        <select id="filter-kind" name="soort" defaultValue={current.kind ?? ""}>
          <option value="">Alle soorten</option>
          {POST_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-section">Rubriek</label>
        <select id="filter-section" name="rubriek" defaultValue={current.sectionId ?? ""}>
          <option value="">Alle rubrieken</option>
          {sections.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-year">Jaar</label>
        <select id="filter-year" name="jaar" defaultValue={current.year ?? ""}>
          <option value="">Alle jaren</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      <button type="submit" className="button button--quiet">Filteren</button>
    </form>
  );
}
