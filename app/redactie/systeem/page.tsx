import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { DateTime } from "@/components/ui/date-time";
import { requirePermission } from "@/lib/auth/session";
import { systemReport, type HealthProblem } from "@/lib/ops/health";

export const metadata: Metadata = { title: "Systeem" };

const PROBLEMS: Record<HealthProblem, string> = {
  database_unreadable: "De database kan niet worden gelezen.",
  database_unwritable: "Er kan niet in de database worden geschreven (schijf vol of alleen-lezen?).",
  schema_behind: "De database mist migraties van deze versie: start de server opnieuw (npm start past ze toe).",
  search_index_outdated: "De zoekindex hoort bij een andere versie: voer npm run search:rebuild uit.",
  mail_failing: "Er is mail waarvan de laatste verzendpoging mislukte.",
  scheduler_late: "De takenplanner heeft al even niet gedraaid (geplande berichten, mail, back-ups).",
  backup_failed: "De laatste geplande back-up is mislukt.",
  backup_late: "De nieuwste back-up is ouder dan een dag.",
  disk_low: "Er is minder dan 1 GB vrije schijfruimte.",
};

const STATUS = { ok: "Alles in orde", warning: "Aandacht nodig", error: "Storing" } as const;

function size(bytes: number | null): string {
  if (bytes === null) return "onbekend";
  const units = ["B", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString("nl-NL", { maximumFractionDigits: unit ? 1 : 0 })} ${units[unit]}`;
}

const when = (iso: string | null, never: string) => (iso ? <DateTime value={new Date(iso)} withTime /> : never);

// The same facts as GET /api/gezondheid, for admins, plus the last backup's error message and the archives.
export default async function SystemPage() {
  await requirePermission("system.view", "/redactie/systeem");
  const report = systemReport();
  const { database, mail, scheduler, backup, disk } = report;
  return (
    <>
      <h1 className="page-title">Systeem</h1>
      <p>
        Status: <strong>{STATUS[report.status]}</strong> (versie {report.version}, gecontroleerd {when(report.checkedAt, "")}). Monitoring leest
        hetzelfde als JSON op <code>/api/gezondheid</code>.
      </p>
      {report.problems.length > 0 && (
        <ul aria-label="Aandachtspunten">
          {report.problems.map((p) => (
            <li key={p}>{PROBLEMS[p]}</li>
          ))}
        </ul>
      )}

      <section className="panel" aria-labelledby="database-titel">
        <h2 id="database-titel">Database</h2>
        <dl className="facts">
          <dt>Lezen / schrijven</dt>
          <dd>
            {database.read ? "lukt" : "mislukt"} / {database.write ? "lukt" : "mislukt"}
          </dd>
          <dt>Schemaversie</dt>
          <dd>
            {database.schemaVersion ?? "onbekend"} ({database.migrationsApplied} van {database.migrationsKnown} migraties)
          </dd>
          <dt>Zoekindex</dt>
          <dd>versie {database.searchIndexVersion ?? "onbekend"}</dd>
          <dt>Vrije schijfruimte</dt>
          <dd>
            {size(disk.freeBytes)} van {size(disk.totalBytes)}
          </dd>
        </dl>
      </section>

      <section className="panel" aria-labelledby="mail-titel">
        <h2 id="mail-titel">Mail</h2>
        <dl className="facts">
          <dt>Nog te verzenden</dt>
          <dd>{mail.backlog}</dd>
          <dt>Laatste poging mislukt</dt>
          <dd>{mail.failed}</dd>
          <dt>Oudste wachtende mail</dt>
          <dd>{when(mail.oldestWaitingSince, "geen")}</dd>
        </dl>
        <p>
          <Link href="/redactie/vragen/mail">Mislukte mail bekijken en opnieuw versturen</Link>
        </p>
      </section>

      <section className="panel" aria-labelledby="taken-titel">
        <h2 id="taken-titel">Takenplanner</h2>
        <dl className="facts">
          <dt>Laatste ronde</dt>
          <dd>{when(scheduler.lastRunAt, "nog niet sinds de server startte")}</dd>
          <dt>Elke</dt>
          <dd>{scheduler.intervalSeconds} seconden</dd>
        </dl>
      </section>

      <section className="panel" aria-labelledby="backup-titel">
        <h2 id="backup-titel">Back-ups</h2>
        {backup.configured ? (
          <dl className="facts">
            <dt>Laatste geplande back-up</dt>
            <dd>
              {backup.lastScheduledResult === null ? "nog geen" : backup.lastScheduledResult === "created" ? "gelukt" : "mislukt"}
              {backup.lastScheduledAt && <> ({when(backup.lastScheduledAt, "")})</>}
              {report.backupFailure && <>: {report.backupFailure}</>}
            </dd>
            <dt>Nieuwste back-up</dt>
            <dd>
              {when(backup.lastSuccessAt, "geen")}
              {backup.lastSizeBytes !== null && `, ${size(backup.lastSizeBytes)}`}
            </dd>
            <dt>Bewaard</dt>
            <dd>
              {backup.archives} (de nieuwste {backup.keep} blijven)
            </dd>
          </dl>
        ) : (
          <p>Dagelijkse back-ups staan uit. Zet BACKUP_DIR (en eventueel BACKUP_KEEP) om ze aan te zetten; npm run backup maakt er altijd een met de hand.</p>
        )}
        {report.backupFiles.length > 0 && (
          <DataTable caption="Back-ups in BACKUP_DIR" columns={["Bestand", "Gemaakt", "Grootte"]}>
            {report.backupFiles.map((file) => (
              <tr key={file.name}>
                <th scope="row">{file.name}</th>
                <td>{when(file.createdAt, "")}</td>
                <td>{size(file.bytes)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
