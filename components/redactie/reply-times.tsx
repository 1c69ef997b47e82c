import { DataTable } from "@/components/ui/data-table";
import type { ReplyTime } from "@/lib/questions/reply-times";
import { workingDaysShort } from "@/lib/questions/working-days";

/** Median reply time per colleague, for editors: who keeps the promise, who needs help. */
export function ReplyTimes({ rows, promised }: { rows: ReplyTime[]; promised: number }) {
  return (
    <section className="reply-times" aria-labelledby="antwoordtijd-titel">
      <h2 id="antwoordtijd-titel">Antwoordtijd per collega</h2>
      <p>Mediaan van de beantwoorde vragen van het afgelopen halfjaar, in werkdagen. Op de site beloven we een antwoord binnen {workingDaysShort(promised)}.</p>
      {rows.length === 0 ? (
        <p>Er zijn nog geen beantwoorde vragen.</p>
      ) : (
        <DataTable caption="Antwoordtijd per collega" columns={["Collega", "Beantwoord", "Mediaan antwoordtijd"]}>
          {rows.map((r) => (
            <tr key={r.personId}>
              <th scope="row">{r.name}</th>
              <td>{r.answered}</td>
              <td>{workingDaysShort(r.medianWorkingDays)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
