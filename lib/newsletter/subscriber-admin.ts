import "server-only";
import { recordAudit } from "@/db/queries/audit";
import { listSections } from "@/db/queries/sections";
import { importSubscribers, listSubscribersForExport } from "@/db/queries/subscribers";
import { inWriteTransaction } from "@/db/queries/transaction";
import type { CurrentUser } from "@/lib/auth/session";
import { readImport, toCsv, type ImportProblem } from "./subscriber-csv";

const STATUS = { pending: "onbevestigd", confirmed: "bevestigd", unsubscribed: "afgemeld" } as const;

/** The whole list with each subscriber's recorded consent; logged (who, how many), never the addresses. */
export function subscribersCsv(user: CurrentUser): string {
  const slugs = new Map(listSections().map((s) => [s.id, s.slug]));
  const rows = listSubscribersForExport();
  recordAudit({ action: "newsletter.subscribers_exported", userId: user.id, detail: { count: rows.length } });
  const iso = (d: Date | null) => (d ? d.toISOString() : "");
  return toCsv(
    ["e-mailadres", "status", "rubrieken", "toestemming_op", "toestemming_bron", "toestemming_tekst", "bevestigd_op", "afgemeld_op"],
    rows.map((s) => [
      s.email,
      STATUS[s.status],
      s.sectionIds.map((id) => slugs.get(id) ?? "").filter(Boolean).join(" "),
      iso(s.consentAt),
      s.consentSource,
      s.consentText,
      iso(s.confirmedAt),
      iso(s.unsubscribedAt),
    ]),
  );
}

export type ImportResult = { ok: true; added: number; skipped: number } | { ok: false; problems: ImportProblem[] };

/**
 * Imports a list whose consent was obtained elsewhere: only with the named source of that consent, stored with
 * every address. All or nothing: one bad line and nothing is imported. Addresses already known keep their status
 * (an unsubscribed person is not signed up again).
 */
export async function importSubscriberList(user: CurrentUser, text: string, consentSource: string): Promise<ImportResult> {
  const { rows, problems } = readImport(text, listSections());
  if (problems.length) return { ok: false, problems };
  const consent = {
    consentSource: `import: ${consentSource}`,
    consentText: `Geïmporteerd door ${user.name}; toestemming volgens de bron: ${consentSource}`,
    consentAt: new Date(),
  };
  const result = await inWriteTransaction(() => importSubscribers({ rows, consent }));
  recordAudit({ action: "newsletter.subscribers_imported", userId: user.id, detail: { ...result } });
  return { ok: true, ...result };
}
